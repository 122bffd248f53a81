import { useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from "solid-js";
import type { WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { ApiError } from "../../lib/api.ts";
import { t, tp } from "../../lib/i18n.ts";
import { createLive, LIVE_SAFETY_EVERY } from "./live.ts";
import { createPoll } from "./poll.ts";
import {
  PRESENT_EVERY,
  PresenterFailure,
  PresenterFrame,
  PresenterRanking,
  toggleFullScreen,
  usePresenterKeys,
} from "./presenter.tsx";
import {
  fetchRoom,
  fetchSessionResults,
  fetchWorkshop,
  fetchWorkshopResults,
  setStage,
  stages,
  updateStatement,
} from "./workshops-data.ts";

type Statement = WorkshopDetail["statements"][number];

/**
 * `/workshops/:workshopId/present`: the projector follows the workshop's stage. Collecting: a
 * live wall of the statements, gives and takes apart; condensing: the short list; voting and
 * after: the live ranking of the open session (or of all sessions). Hidden statements never show.
 */
export default function PresentWorkshopPage() {
  const params = useParams<{ workshopId: string }>();
  return (
    <Show when={params.workshopId} keyed>
      {(id) => <PresentWorkshop workshopId={id} />}
    </Show>
  );
}

function PresentWorkshop(props: { workshopId: string }) {
  // Pushed by the workshop's room; polling is the fallback while no socket is open.
  const live = createLive(`/api/v1/workshops/${encodeURIComponent(props.workshopId)}/live`, (what) => {
    // A ballot changes only the ranking; anything else may change the stage or the sessions, and
    // so which ranking is on screen: read the workshop first, then the ranking if it shows one.
    if (what === "phones") {
      if (!voting()) void room.refresh();
    } else if (what === "ballot")
      void results.refresh(); // the ranking and the phones that voted
    // (After a gap the room's count is read again by the effect on live.open below.)
    else
      void workshop.refresh().then(() => {
        if (voting() && hasSessions()) void results.refresh();
      });
  });
  const every = () => (live.open() ? LIVE_SAFETY_EVERY : PRESENT_EVERY);
  const workshop = createPoll(() => fetchWorkshop(props.workshopId), every);
  // Phones are counted by their sockets to the room, which they hold while they collect and wait
  // (on a ballot a phone holds none: the voting stages count the phones that voted instead).
  // Read while the presenter's own socket is open, and not in the voting stages, which do not show it.
  const room = createPoll(
    () => fetchRoom(props.workshopId),
    () => (live.open() && !voting() ? LIVE_SAFETY_EVERY : null),
  );
  createEffect(on([live.open, () => voting()], ([open, v]) => open && !v && void room.refresh()));
  const [said, setSaid] = createSignal("");
  const stage = () => workshop.value()?.stage;
  const voting = () => stage() === "prioritise" || stage() === "plan" || stage() === "follow-up";
  /** The session on screen: the newest open one, else all pooled. */
  const session = createMemo(() => {
    const open = (workshop.value()?.sessions ?? []).filter((s) => s.status === "open");
    return open.at(-1) ?? null;
  });
  const hasSessions = () => (workshop.value()?.sessions.length ?? 0) > 0;
  const results = createPoll(
    () => {
      const s = session();
      return s ? fetchSessionResults(s.id) : fetchWorkshopResults(props.workshopId);
    },
    () => (voting() && hasSessions() ? every() : null),
  );
  const shown = createMemo(() => (workshop.value()?.statements ?? []).filter((s) => !s.hidden));

  const hideFocused = async () => {
    const id = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-statement]")
      ?.dataset.statement;
    const s = shown().find((x) => x.id === id);
    if (!s) return;
    const refused = await updateStatement(s.id, { hidden: true }).then(
      () => null,
      (err: unknown) => err,
    );
    await workshop.refresh();
    // A statement on a ballot stays (the votes cast name it); the facilitator is told so, and
    // that its wording can still be changed on the workshop's page.
    if (refused instanceof ApiError && refused.reason === "statement-in-use")
      setSaid(t("workshops.present.cannotHide", { text: s.text }));
    else if (refused) setSaid(t("workshops.present.notHidden", { text: s.text }));
    else setSaid(t("workshops.present.hidden", { text: s.text }));
  };
  const nextStage = async () => {
    const w = workshop.value();
    const to = w ? stages[stages.indexOf(w.stage) + 1] : undefined;
    if (!w || !to) return;
    await setStage(w.id, w.centreId, to).catch(() => undefined);
    await workshop.refresh();
    setSaid(t("workshops.present.moved", { stage: t(`workshops.stage.${to}`) }));
  };
  usePresenterKeys({
    f: toggleFullScreen,
    n: () => void nextStage(),
    h: () => void hideFocused(),
    delete: () => void hideFocused(),
  });

  const closed = () => voting() && !session() && hasSessions();
  const heading = (w: WorkshopDetail) => {
    if (w.stage === "collect") return `${w.title} · ${t("workshops.present.collecting")}`;
    if (w.stage === "condense") return `${w.title} · ${t("workshops.present.shortList")}`;
    return `${w.title} · ${closed() ? t("workshops.present.final") : t("workshops.present.ranking")}`;
  };

  return (
    <Show
      when={workshop.value()}
      fallback={
        <Show when={workshop.error()}>
          <PresenterFailure error={workshop.error()} notFound={t("workshops.notFound")} />
        </Show>
      }
    >
      {(w) => (
        <PresenterFrame
          title={heading(w())}
          code={w().joinCode}
          keys={t("workshops.present.keys")}
          live={live.open()}
          figures={
            <Switch>
              <Match when={w().stage === "collect"}>
                <span data-live-count={shown().filter((s) => !s.shortList).length}>
                  {tp("workshops.collect.soFar", shown().filter((s) => !s.shortList).length)}
                </span>
              </Match>
              <Match when={voting() && results.value()}>
                {(r) => (
                  <>
                    <span data-ballots={r().ballots}>{tp("workshops.ballots", r().ballots)}</span>
                    <Show when={r().sessions.find((x) => x.id === session()?.id)?.phones}>
                      {(n) => <span>{tp("workshops.session.phonesVoted", n())}</span>}
                    </Show>
                  </>
                )}
              </Match>
            </Switch>
          }
          phones={live.open() && !voting() ? room.value()?.phones : null}
        >
          <p class="presenter__said" aria-live="polite">
            {said()}
          </p>
          <Switch>
            <Match when={w().stage === "collect"}>
              <Wall statements={shown().filter((s) => !s.mergedInto)} />
            </Match>
            <Match when={w().stage === "condense"}>
              <ol class="presenter-short">
                <For each={shown().filter((s) => s.shortList)}>
                  {(s) => (
                    <li data-statement={s.id} tabindex="0">
                      <p class="presenter-short__text">{s.text}</p>
                    </li>
                  )}
                </For>
              </ol>
            </Match>
            <Match when={!hasSessions()}>
              <p class="presenter__notice">{t("workshops.present.noSession")}</p>
            </Match>
            <Match when={results.value()}>
              {(r) => <PresenterRanking results={r()} closed={closed()} />}
            </Match>
          </Switch>
        </PresenterFrame>
      )}
    </Show>
  );
}

/** Collecting: newest first, gives and takes in their own columns (and any others after). */
function Wall(props: { statements: Statement[] }) {
  const of = (kind: "gives" | "takes" | null) => props.statements.filter((s) => s.kind === kind).reverse();
  const columns = () => (["gives", "takes", null] as const).filter((k) => k !== null || of(null).length > 0);
  return (
    <Show
      when={props.statements.length > 0}
      fallback={<p class="presenter__notice">{t("workshops.present.noStatements")}</p>}
    >
      <div class="presenter-wall" style={{ "--columns": String(columns().length) }}>
        <For each={columns()}>
          {(kind) => (
            <section class={`presenter-wall__column presenter-wall__column--${kind ?? "other"}`}>
              <h2>{kind ? t(`workshops.kind.${kind}.plural`) : t("workshops.present.other")}</h2>
              <ul>
                <For each={of(kind)}>
                  {(s) => (
                    <li data-statement={s.id} tabindex="0">
                      <p class="presenter-wall__text">{s.text}</p>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </div>
    </Show>
  );
}
