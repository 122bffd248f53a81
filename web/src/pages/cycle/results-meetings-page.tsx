import { A, createAsync, useParams, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Centre } from "../../../../shared/schemas/centre.ts";
import type { Round } from "../../../../shared/schemas/round.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre, getRounds } from "../../data/queries.ts";
import { fmtDate, t, tp } from "../../lib/i18n.ts";
import { Prose } from "../seminars/prose.tsx";
import { useScales } from "../themes/theme-tags.tsx";
import { scaleName } from "../themes/themes-data.ts";
import { getResultsMeetings } from "./cycle-data.ts";
import { ResultsMeetingForm } from "./results-meeting-form.tsx";
import "./cycle.css";

/**
 * Notes from a centre's results meetings: the form to record one (date, how many came, the
 * attention points chosen from the round's scales, the decisions) and the meetings so far.
 * Reached as `/centres/:centreId/results-meetings?roundId=` and, from the cycle guide, as
 * `/centres/:centreId/rounds/:roundId/results-meeting`.
 */
export default function ResultsMeetingsPage() {
  const params = useParams<{ centreId: string; roundId?: string }>();
  const [search] = useSearchParams();
  const roundId = () => {
    const v = params.roundId ?? search.roundId;
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const centre = createAsync(() => getCentre(params.centreId));
  return (
    <AsyncView page notFound={t("seminars.meetings.notFound")}>
      <Show when={centre()}>{(c) => <MeetingsBody centre={c()} roundId={roundId()} />}</Show>
    </AsyncView>
  );
}

function MeetingsBody(props: { centre: Centre; roundId: string | undefined }) {
  const meetings = createAsync(() => getResultsMeetings(props.centre.id));
  const rounds = createAsync(async () =>
    (await getRounds(props.centre.networkId))
      .filter((r) => r.centreIds.includes(props.centre.id))
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn)),
  );
  const withResults = () => (rounds() ?? []).filter((r) => r.status === "closed" || r.status === "published");
  const scales = useScales(() => props.centre.networkId);
  const roundLabel = (id: string) => (rounds() ?? []).find((r: Round) => r.id === id)?.label ?? "";
  const name = () => props.centre.name ?? props.centre.pseudonym;
  const title = () => t("seminars.meetings.title", { centre: name() });

  return (
    <>
      <PageTitle text={title()}>{title()}</PageTitle>
      <p class="lead">{t("seminars.meetings.intro")}</p>
      <p>
        <A
          href={`/centres/${props.centre.id}/cycle${props.roundId ? `?roundId=${encodeURIComponent(props.roundId)}` : ""}`}
        >
          {t("seminars.meetings.toCycle")}
        </A>
      </p>
      <Show
        when={withResults().length > 0}
        fallback={<p class="notice">{t("seminars.meetings.noRounds")}</p>}
      >
        <ResultsMeetingForm centre={props.centre} rounds={withResults()} roundId={props.roundId} />
      </Show>
      <section aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t("seminars.meetings.listTitle")}</h2>
        <AsyncView>
          <Show when={(meetings() ?? []).length > 0} fallback={<p>{t("seminars.meetings.none")}</p>}>
            <ul class="item-list meeting-list">
              <For each={meetings()}>
                {(m) => (
                  <li class="item meeting" classList={{ "meeting--current": m.roundId === props.roundId }}>
                    <h3 class="item__title meeting__title">
                      {t("seminars.meetings.heldOn", { date: fmtDate(m.heldOn) })}
                    </h3>
                    <span class="item__meta">
                      {roundLabel(m.roundId)} ·{" "}
                      {m.attendees === null
                        ? t("seminars.meetings.attendeesUnknown")
                        : tp("seminars.meetings.attendeeCount", m.attendees)}
                    </span>
                    <Show when={m.attentionPoints.length > 0}>
                      <p class="meeting__label">{t("seminars.meetings.attention")}:</p>
                      <ul class="tag-list">
                        <For each={m.attentionPoints}>
                          {(key) => (
                            <li>
                              <A href={`/themes?scale=${encodeURIComponent(key)}`}>
                                {scaleName(scales(), key)}
                              </A>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <Show when={m.decisions}>
                      {(text) => (
                        <>
                          <p class="meeting__label">{t("seminars.meetings.decisions")}:</p>
                          <Prose text={text()} />
                        </>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </AsyncView>
      </section>
    </>
  );
}
