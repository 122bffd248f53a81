import { useParams } from "@solidjs/router";
import { Show } from "solid-js";
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
import { fetchSession, fetchSessionResults } from "./workshops-data.ts";

/** `/voting-sessions/:sessionId/present`: one session's live ranking, for the projector. */
export default function PresentSessionPage() {
  const params = useParams<{ sessionId: string }>();
  return (
    <Show when={params.sessionId} keyed>
      {(id) => <PresentSession sessionId={id} />}
    </Show>
  );
}

function PresentSession(props: { sessionId: string }) {
  // Pushed by the workshop's room; polling is the fallback while no socket is open.
  const live = createLive(`/api/v1/voting-sessions/${encodeURIComponent(props.sessionId)}/live`, (what) => {
    if (what === "sessions" || what === "reconnected" || what === "lost") void session.refresh();
    if (what !== "statements" && what !== "stage") void results.refresh();
  });
  const session = createPoll(
    () => fetchSession(props.sessionId),
    () => (live.open() ? LIVE_SAFETY_EVERY : PRESENT_EVERY * 3),
  );
  const results = createPoll(
    () => fetchSessionResults(props.sessionId),
    () => (live.open() ? LIVE_SAFETY_EVERY : PRESENT_EVERY),
  );
  usePresenterKeys({ f: toggleFullScreen });
  const closed = () => (results.value()?.sessions[0]?.status ?? session.value()?.status) === "closed";
  const heading = () =>
    `${session.value()?.label ?? t("workshops.session.title")} · ${closed() ? t("workshops.present.final") : t("workshops.present.ranking")}`;

  return (
    <Show
      when={session.value()}
      fallback={
        <Show when={session.error()}>
          <PresenterFailure error={session.error()} notFound={t("workshops.session.notFound")} />
        </Show>
      }
    >
      {(s) => (
        <>
          <PresenterFrame
            title={heading()}
            code={closed() ? null : s().code}
            keys={t("workshops.present.sessionKeys")}
            live={live.open()}
            figures={
              <>
                <span data-ballots={results.value()?.ballots ?? 0}>
                  {tp("workshops.ballots", results.value()?.ballots ?? 0)}
                </span>
                <Show when={results.value()?.sessions[0]?.phones ?? s().phones}>
                  {(n) => <span>{tp("workshops.session.phonesVoted", n())}</span>}
                </Show>
              </>
            }
          >
            <Show when={results.value()}>{(r) => <PresenterRanking results={r()} closed={closed()} />}</Show>
          </PresenterFrame>
        </>
      )}
    </Show>
  );
}
