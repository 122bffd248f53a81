import { useParams } from "@solidjs/router";
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import type { Participation } from "../../../../shared/schemas/survey.ts";
import { problemMessage } from "../../lib/form.ts";
import { fmtNumber, locale, t } from "../../lib/i18n.ts";
import { AuditSection } from "./audit-section.tsx";
import { fetchParticipation } from "./fieldwork-data.ts";
import { FieldworkFrame, isRoundCoordinator } from "./fieldwork-frame.tsx";
import { HeadcountPanel } from "./headcount-panel.tsx";

/** How often the counts are fetched again while the round is open. */
const POLL_MS = 10_000;

/** `/rounds/:roundId/participation`: invited, answered and rate per centre and team; counts only. */
export default function ParticipationPage() {
  const params = useParams<{ roundId: string }>();
  return (
    <Show when={params.roundId} keyed>
      {(roundId) => (
        <FieldworkFrame roundId={roundId} section="participation">
          {(round) => <ParticipationView round={round} />}
        </FieldworkFrame>
      )}
    </Show>
  );
}

interface Counts {
  invited: number;
  answered: number;
  headcount: number | null;
  rate: number | null;
}

function Rate(props: { counts: Counts }) {
  const pct = () => (props.counts.rate === null ? null : props.counts.rate * 100);
  return (
    <td class="fieldwork-rate">
      <Show
        when={pct() !== null}
        fallback={
          // Without a headcount the rate is unknown: codes issued are no denominator.
          <span class="muted" title={t("survey.participation.unknownLabel")}>
            {t("survey.participation.unknown")}
          </span>
        }
      >
        <span>{fmtNumber(pct() ?? 0, 0)} %</span>
        <span class="fieldwork-rate__bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, pct() ?? 0)}%` }} />
        </span>
      </Show>
    </td>
  );
}

const headcount = (n: number | null) => (n === null ? "–" : fmtNumber(n));

function ParticipationView(props: { round: Round }) {
  const [data, setData] = createSignal<Participation>();
  const [failure, setFailure] = createSignal<unknown>();
  const [updatedAt, setUpdatedAt] = createSignal<Date>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let alive = true;

  const load = async () => {
    try {
      const next = await fetchParticipation(props.round.id);
      if (!alive) return;
      setData(next);
      setFailure(undefined);
      setUpdatedAt(new Date());
      if (next.status !== "open" && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    } catch (err) {
      if (alive) setFailure(err);
    }
  };

  onMount(() => {
    void load();
    // Live while the round is open; a hidden tab does not poll.
    if (props.round.status === "open")
      timer = setInterval(() => {
        if (document.visibilityState === "visible") void load();
      }, POLL_MS);
  });
  onCleanup(() => {
    alive = false;
    if (timer !== undefined) clearInterval(timer);
  });

  const time = () =>
    updatedAt()?.toLocaleTimeString(locale() === "da" ? "da-DK" : "en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }) ?? "";

  return (
    <section aria-labelledby="participation-title">
      <h2 id="participation-title">{t("survey.participation.heading")}</h2>
      <p>{t("survey.participation.intro")}</p>
      <Show when={failure()}>
        <p class="message message--error" role="alert">
          {problemMessage(failure())}
        </p>
      </Show>
      <Show
        when={data()}
        fallback={
          // Not "loading" beside an error that says it will not come.
          <Show when={!failure()}>
            <p class="loading">{t("app.loading")}</p>
          </Show>
        }
      >
        {(p) => (
          <>
            <p class="muted" id="participation-updated">
              {p().status === "open"
                ? t("survey.participation.live", { time: time() })
                : t("survey.participation.final", { time: time() })}
            </p>
            <section class="fieldwork-table-box" tabindex="0" aria-labelledby="participation-caption">
              <table class="fieldwork-table" id="participation-table">
                <caption id="participation-caption">{t("survey.participation.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("survey.counts.group")}</th>
                    <th scope="col">{t("survey.participation.invited")}</th>
                    <th scope="col">{t("survey.participation.answered")}</th>
                    <th scope="col">{t("survey.participation.headcount")}</th>
                    <th scope="col">{t("survey.participation.rate")}</th>
                  </tr>
                </thead>
                <For each={p().centres}>
                  {(centre) => (
                    <tbody>
                      <tr class="fieldwork-table__centre">
                        <th scope="row">{centre.name}</th>
                        <td>{fmtNumber(centre.invited)}</td>
                        <td>{fmtNumber(centre.answered)}</td>
                        <td>{headcount(centre.headcount)}</td>
                        <Rate counts={centre} />
                      </tr>
                      <For each={centre.teams}>
                        {(team) => (
                          <tr class="fieldwork-table__team">
                            <th scope="row">{team.name}</th>
                            <td>{fmtNumber(team.invited)}</td>
                            <td>{fmtNumber(team.answered)}</td>
                            <td>{headcount(team.headcount)}</td>
                            <Rate counts={team} />
                          </tr>
                        )}
                      </For>
                    </tbody>
                  )}
                </For>
                <Show when={p().centres.length > 1}>
                  <tfoot>
                    <tr>
                      <th scope="row">{t("survey.participation.total")}</th>
                      <td>{fmtNumber(p().totals.invited)}</td>
                      <td>{fmtNumber(p().totals.answered)}</td>
                      <td>{headcount(p().totals.headcount)}</td>
                      <Rate counts={p().totals} />
                    </tr>
                  </tfoot>
                </Show>
              </table>
            </section>
            <p class="muted">{t("survey.participation.note")}</p>
          </>
        )}
      </Show>
      <HeadcountPanel
        roundId={props.round.id}
        editable={
          isRoundCoordinator(props.round) && (props.round.status === "draft" || props.round.status === "open")
        }
        onSaved={() => void load()}
      />
      <AuditSection roundId={props.round.id} />
    </section>
  );
}
