import { createAsync, createAsyncStore, useParams } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { z } from "zod";
import type { Round } from "../../../../shared/schemas/round.ts";
import { MAX_CODES_PER_REQUEST } from "../../../../shared/schemas/survey.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getTeams } from "../../data/queries.ts";
import { createForm, numberValue, optional } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { AuditSection } from "./audit-section.tsx";
import { CodeSheet } from "./code-sheet.tsx";
import { createCodes, getInvitationSummary, revokeCodes } from "./fieldwork-data.ts";
import { FieldworkFrame, isRoundCoordinator } from "./fieldwork-frame.tsx";
import { fieldworkCodeMessages } from "./fieldwork-problems.ts";
import { HeadcountPanel } from "./headcount-panel.tsx";
import { InvitationCounts } from "./invitation-counts.tsx";
import type { CodeBatch } from "./invitation-sheet-data.ts";
import { SlipRequestForm } from "./slip-request-form.tsx";
import "./fieldwork-print.css";

/** `/rounds/:roundId/invitations`: codes for a centre or team, shown once; counts; revoking. */
export default function InvitationsPage() {
  const params = useParams<{ roundId: string }>();
  return (
    <Show when={params.roundId} keyed>
      {(roundId) => (
        <FieldworkFrame roundId={roundId} section="invitations">
          {(round) => <Invitations round={round} />}
        </FieldworkFrame>
      )}
    </Show>
  );
}

/** The count's messages in the reader's language (the shared schema's are English). */
const countSchema = () =>
  z
    .number(t("survey.invite.countError"))
    .int(t("survey.invite.countError"))
    .min(1, t("survey.invite.countError"))
    .max(MAX_CODES_PER_REQUEST, t("survey.invite.countMax", { max: MAX_CODES_PER_REQUEST }));

function Invitations(props: { round: Round }) {
  const summary = createAsyncStore(() => getInvitationSummary(props.round.id));
  const [centreId, setCentreId] = createSignal<string>("");
  const [batch, setBatch] = createSignal<CodeBatch | null>(null);
  const makeForm = createForm({ codeMessages: fieldworkCodeMessages });
  const listForm = createForm({ codeMessages: fieldworkCodeMessages });
  const oneForm = createForm({ codeMessages: fieldworkCodeMessages });
  const open = () => props.round.status === "draft" || props.round.status === "open";
  // Separation of duties: only the coordinator makes and revokes codes; a facilitator asks for slips.
  const coordinator = () => isRoundCoordinator(props.round);
  const centres = () => summary()?.centres ?? [];
  const chosenCentre = () => centreId() || centres()[0]?.centreId || "";
  const teams = createAsync(async () => {
    const id = chosenCentre();
    return id ? (await getTeams(id)).filter((team) => !team.archivedOn) : [];
  });

  const onMake = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      centreId: data.get("centreId"),
      teamId: optional(data.get("teamId")),
      count: numberValue(data.get("count")),
    };
    const schema = z.object({
      centreId: z.string().min(1),
      teamId: z.string().optional(),
      count: countSchema(),
    });
    const made = await makeForm.submit(el, schema, values, (input) => createCodes(props.round.id, input));
    if (!made) return;
    const centre = centres().find((c) => c.centreId === values.centreId);
    const team = (teams() ?? []).find((x) => x.id === values.teamId);
    setBatch({
      codes: made.codes,
      roundLabel: props.round.label,
      centreName: centre?.name ?? "",
      teamName: team?.name ?? null,
    });
  };

  const onRevokeOne = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const schema = z.object({
      centreId: z.string().min(1),
      code: z.string().trim().min(1, t("survey.revokeOne.empty")),
    });
    const values = { centreId: data.get("centreId"), code: String(data.get("code") ?? "") };
    const result = await oneForm.submit(el, schema, values, (input) =>
      revokeCodes(props.round.id, { centreId: input.centreId, codes: [input.code] }),
    );
    if (!result) return;
    if (result.revoked > 0) {
      el.reset();
      oneForm.setStatus(() => t("survey.revokeOne.done"));
    } else oneForm.setStatus(() => t("survey.revokeOne.none"));
  };

  return (
    <AsyncView>
      <Show when={batch()}>{(b) => <CodeSheet batch={b()} onDismiss={() => setBatch(null)} />}</Show>

      <Show when={!coordinator() && open()}>
        <SlipRequestForm round={props.round} centres={centres()} />
      </Show>

      <Show when={coordinator()}>
        <section class="fieldwork-screen" aria-labelledby="make-codes-title">
          <h2 id="make-codes-title">{t("survey.invite.title")}</h2>
          <p>{t("survey.invite.intro")}</p>
          <Show when={open()} fallback={<p class="notice">{t("survey.invite.closed")}</p>}>
            <form class="card form" novalidate onSubmit={onMake}>
              <FormMessages form={makeForm} />
              <Field id="invite-centre" label={t("survey.invite.centre")} error={makeForm.error("centreId")}>
                {(control) => (
                  <select {...control} name="centreId" onChange={(e) => setCentreId(e.currentTarget.value)}>
                    <For each={centres()}>
                      {(centre) => (
                        <option value={centre.centreId} selected={centre.centreId === chosenCentre()}>
                          {centre.name}
                        </option>
                      )}
                    </For>
                  </select>
                )}
              </Field>
              <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
                <Field
                  id="invite-team"
                  label={t("survey.invite.team")}
                  hint={t("survey.invite.teamHint")}
                  error={makeForm.error("teamId")}
                >
                  {(control) => (
                    <select {...control} name="teamId">
                      <option value="">{t("survey.invite.noTeam")}</option>
                      <For each={teams()}>{(team) => <option value={team.id}>{team.name}</option>}</For>
                    </select>
                  )}
                </Field>
              </Suspense>
              <Field
                id="invite-count"
                label={t("survey.invite.count")}
                hint={t("survey.invite.countHint", { max: MAX_CODES_PER_REQUEST })}
                error={makeForm.error("count")}
              >
                {(control) => (
                  <input
                    {...control}
                    name="count"
                    type="number"
                    min="1"
                    max={MAX_CODES_PER_REQUEST}
                    step="1"
                    value="10"
                  />
                )}
              </Field>
              <button type="submit" class="button" disabled={makeForm.busy()}>
                {makeForm.busy() ? t("survey.invite.making") : t("survey.invite.submit")}
              </button>
            </form>
          </Show>
        </section>
      </Show>

      <section class="fieldwork-screen" aria-labelledby="counts-title">
        <h2 id="counts-title">{t("survey.counts.title")}</h2>
        <FormMessages form={listForm} />
        <Show when={summary()}>
          {(s) => (
            <Show when={s().centres.length > 0} fallback={<p>{t("survey.counts.none")}</p>}>
              <InvitationCounts
                roundId={props.round.id}
                summary={s()}
                canRevoke={open() && coordinator()}
                form={listForm}
              />
            </Show>
          )}
        </Show>
        <p class="muted">
          {tp("survey.counts.total", summary()?.centres.reduce((n, c) => n + c.created, 0) ?? 0)}
        </p>
      </section>

      <Show when={open() && coordinator()}>
        <section class="fieldwork-screen" aria-labelledby="revoke-one-title">
          <h2 id="revoke-one-title">{t("survey.revokeOne.title")}</h2>
          <p>{t("survey.revokeOne.intro")}</p>
          <form class="card form" novalidate onSubmit={onRevokeOne}>
            <FormMessages form={oneForm} />
            <Show
              when={centres().length > 1}
              fallback={<input type="hidden" name="centreId" value={chosenCentre()} />}
            >
              <Field id="revoke-centre" label={t("survey.invite.centre")} error={oneForm.error("centreId")}>
                {(control) => (
                  <select {...control} name="centreId">
                    <For each={centres()}>
                      {(centre) => <option value={centre.centreId}>{centre.name}</option>}
                    </For>
                  </select>
                )}
              </Field>
            </Show>
            <Field id="revoke-code" label={t("survey.revokeOne.code")} error={oneForm.error("code")}>
              {(control) => (
                <input {...control} name="code" type="text" autocomplete="off" spellcheck={false} />
              )}
            </Field>
            <button type="submit" class="button button--secondary" disabled={oneForm.busy()}>
              {t("survey.revokeOne.submit")}
            </button>
          </form>
        </section>
      </Show>

      <HeadcountPanel roundId={props.round.id} editable={false} />
      <AuditSection roundId={props.round.id} />
    </AsyncView>
  );
}
