import { createSignal, For, Show } from "solid-js";
import type { InvitationSummary } from "../../../../shared/schemas/survey.ts";
import type { FormState } from "../../lib/form.ts";
import { fmtNumber, t, tp } from "../../lib/i18n.ts";
import { revokeCodes } from "./fieldwork-data.ts";

type CentreCounts = InvitationSummary["centres"][number];
interface Counts {
  created: number;
  used: number;
  revoked: number;
  unused: number;
}
interface Target {
  centreId: string;
  teamId?: string;
  name: string;
  unused: number;
}

/** Codes made for the centre as a whole (in no team): the centre's counts less its teams'. */
function wholeCentre(centre: CentreCounts): Counts {
  const sum = (k: keyof Counts) => centre[k] - centre.teams.reduce((s, team) => s + team[k], 0);
  return { created: sum("created"), used: sum("used"), revoked: sum("revoked"), unused: sum("unused") };
}

function CountCells(props: { counts: Counts }) {
  return (
    <>
      <td>{fmtNumber(props.counts.created)}</td>
      <td>{fmtNumber(props.counts.used)}</td>
      <td>{fmtNumber(props.counts.revoked)}</td>
      <td>{fmtNumber(props.counts.unused)}</td>
    </>
  );
}

/**
 * Codes per centre and team: created, used, revoked, unused; and revoking the unused ones, after a
 * dialog that says it cannot be undone. Never the codes themselves (the API keeps only hashes).
 */
export function InvitationCounts(props: {
  roundId: string;
  summary: InvitationSummary;
  canRevoke: boolean;
  form: FormState;
}) {
  let dialog: HTMLDialogElement | undefined;
  const [pending, setPending] = createSignal<Target | null>(null);
  const ask = (target: Target) => {
    setPending(target);
    dialog?.showModal();
  };
  const confirm = async () => {
    const target = pending();
    dialog?.close();
    if (!target) return;
    const result = await props.form.run(() =>
      revokeCodes(props.roundId, { centreId: target.centreId, teamId: target.teamId }),
    );
    if (result)
      props.form.setStatus(() => tp("survey.counts.revoked", result.revoked, { name: target.name }));
  };

  const RevokeButton = (p: { target: Target }) => (
    <Show when={props.canRevoke && p.target.unused > 0}>
      <button
        type="button"
        class="button button--small button--secondary"
        aria-label={tp("survey.counts.revokeLabel", p.target.unused, { name: p.target.name })}
        disabled={props.form.busy()}
        onClick={() => ask(p.target)}
      >
        {t("survey.counts.revoke")}
      </button>
    </Show>
  );

  return (
    <>
      <section class="fieldwork-table-box" tabindex="0" aria-labelledby="counts-caption">
        <table class="fieldwork-table" id="invitation-counts">
          <caption id="counts-caption">{t("survey.counts.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("survey.counts.group")}</th>
              <th scope="col">{t("survey.counts.created")}</th>
              <th scope="col">{t("survey.counts.used")}</th>
              <th scope="col">{t("survey.counts.revokedCol")}</th>
              <th scope="col">{t("survey.counts.unused")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("survey.counts.actions")}</span>
              </th>
            </tr>
          </thead>
          <For each={props.summary.centres}>
            {(centre) => (
              <tbody>
                <tr class="fieldwork-table__centre">
                  <th scope="row">{centre.name}</th>
                  <CountCells counts={centre} />
                  <td>
                    <RevokeButton
                      target={{ centreId: centre.centreId, name: centre.name, unused: centre.unused }}
                    />
                  </td>
                </tr>
                <For each={centre.teams}>
                  {(team) => (
                    <tr class="fieldwork-table__team">
                      <th scope="row">{team.name}</th>
                      <CountCells counts={team} />
                      <td>
                        <RevokeButton
                          target={{
                            centreId: centre.centreId,
                            teamId: team.teamId,
                            name: `${centre.name}, ${team.name}`,
                            unused: team.unused,
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </For>
                <Show when={centre.teams.length > 0 && wholeCentre(centre).created > 0}>
                  <tr class="fieldwork-table__team">
                    <th scope="row">{t("survey.counts.noTeam")}</th>
                    <CountCells counts={wholeCentre(centre)} />
                    <td />
                  </tr>
                </Show>
              </tbody>
            )}
          </For>
        </table>
      </section>
      <dialog
        ref={dialog}
        class="fieldwork-dialog"
        aria-labelledby="revoke-dialog-title"
        aria-describedby="revoke-dialog-text"
        onClose={() => setPending(null)}
      >
        <Show when={pending()}>
          {(target) => (
            <>
              <h2 id="revoke-dialog-title">
                {tp("survey.counts.confirmTitle", target().unused, { name: target().name })}
              </h2>
              <p id="revoke-dialog-text">{t("survey.counts.confirmText")}</p>
              <div class="button-row">
                <button type="button" class="button" onClick={confirm}>
                  {t("survey.counts.revoke")}
                </button>
                <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
                  {t("survey.cancel")}
                </button>
              </div>
            </>
          )}
        </Show>
      </dialog>
    </>
  );
}
