import { createMemo, createSignal, For, Show } from "solid-js";
import type { WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { fmtDate, t, tp } from "../../lib/i18n.ts";
import { createPoll } from "./poll.ts";
import { ResultsView } from "./results-view.tsx";
import { sessionForm, sessionName } from "./session-labels.ts";
import { fetchWorkshopResults } from "./workshops-data.ts";

/**
 * The workshop's sessions pooled into one ranking, live while a session is open. With two or
 * more sessions the facilitator chooses which ones the ranking pools (to leave out a trial run,
 * or a session held with another group); at least one always stays in.
 *
 * The choice is kept as the sessions left out, so a session opened later joins the ranking.
 * The heading and the summary count what the shown ranking pools (the API's answer), not the
 * ticks, so they never run ahead of the chart.
 */
export function PooledResults(props: { workshop: WorkshopDetail }) {
  const [leftOut, setLeftOut] = createSignal<ReadonlySet<string>>(new Set());
  const sessions = () => props.workshop.sessions;
  const chosen = createMemo(() => sessions().filter((s) => !leftOut().has(s.id)));
  const anyOpen = () => chosen().some((s) => s.status === "open");
  const pooled = createPoll(
    // No list while every session is in: the API's default, and a ranking that takes in new sessions.
    () => fetchWorkshopResults(props.workshop.id, leftOut().size ? chosen().map((s) => s.id) : []),
    () => (anyOpen() ? 1500 : 10_000),
  );

  const choose = (id: string, included: boolean) => {
    const next = new Set(leftOut());
    if (included) next.delete(id);
    else next.add(id);
    if (sessions().every((s) => next.has(s.id))) return; // the last one stays in
    setLeftOut(next);
    void pooled.refresh();
  };
  const pooledCount = () => pooled.value()?.sessions.length ?? chosen().length;

  return (
    <section aria-labelledby="pooled-heading" class="pooled">
      <h3 id="pooled-heading">{tp("workshops.prioritise.pooled", pooledCount())}</h3>
      <Show when={sessions().length > 1}>
        <fieldset class="field pool-sessions">
          <legend>{t("workshops.pool.legend")}</legend>
          <For each={sessions()}>
            {(s, i) => {
              const included = () => !leftOut().has(s.id);
              const last = () => included() && chosen().length === 1;
              return (
                <label class="choice">
                  <input
                    type="checkbox"
                    name="pooled-session"
                    value={s.id}
                    checked={included()}
                    disabled={last()}
                    aria-describedby={last() ? "pool-last-hint" : undefined}
                    onChange={(e) => choose(s.id, e.currentTarget.checked)}
                  />
                  <span>
                    {sessionName(s, i())}{" "}
                    <span class="pool-sessions__meta">
                      · {fmtDate(s.createdAt)} · {sessionForm(s.mode, s.topN)} ·{" "}
                      {tp("workshops.ballots", s.ballots)}
                    </span>
                  </span>
                </label>
              );
            }}
          </For>
          <Show when={chosen().length === 1}>
            <p id="pool-last-hint" class="field__hint">
              {t("workshops.pool.lastOne")}
            </p>
          </Show>
        </fieldset>
      </Show>
      <Show when={pooled.value()}>
        {(results) => (
          <>
            <p
              class="ballot-count"
              role="status"
              data-ballots={results().ballots}
              data-sessions={results().sessions.length}
            >
              {t("workshops.pool.summary", {
                ballots: tp("workshops.ballots", results().ballots),
                sessions: tp("workshops.sessionCount", results().sessions.length),
              })}
              <Show when={sessions().length - results().sessions.length > 0}>
                {" "}
                {tp("workshops.pool.leftOut", sessions().length - results().sessions.length)}
              </Show>
            </p>
            <ResultsView
              id="pooled"
              results={results()}
              title={t("workshops.prioritise.pooledChart", { title: props.workshop.title })}
            />
          </>
        )}
      </Show>
    </section>
  );
}
