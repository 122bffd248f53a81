import { useNavigate, useParams } from "@solidjs/router";
import { createMemo, createSignal, onCleanup, onMount, Show } from "solid-js";
import type { WorkshopStage } from "../../../../shared/schemas/workshop.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { t } from "../../lib/i18n.ts";
import { LIVE_SAFETY_EVERY, type LiveChange } from "../workshops/live.ts";
import { CodeEntry } from "./code-entry.tsx";
import { CollectForm } from "./collect-form.tsx";
import { FollowRoom, voteHref } from "./follow-room.tsx";
import { normaliseCode, type Refusal, resolveCode } from "./participant-api.ts";
import { RefusalText } from "./refusal-text.tsx";
import "./participant.css";

/** How often a waiting phone asks whether voting has begun, without a live socket (ms). */
const WAIT_POLL = 3000;
/** How often a collecting phone asks whether collecting ended, without a live socket (ms). */
const COLLECT_POLL = 10_000;

type Phase =
  | { kind: "entry" }
  | { kind: "checking" }
  | { kind: "collect"; code: string }
  | { kind: "wait"; code: string; stage: WorkshopStage }
  | { kind: "refused"; refusal: Refusal; code: string };

/**
 * `/join/:code` and `/j/:code` (and without a code, a field to type it): a participant's way in,
 * no account. A workshop's code opens the statement form here; a voting session's code goes on to
 * `/vote/:code`.
 */
export default function JoinPage() {
  const params = useParams<{ code?: string }>();
  return (
    <Show when={params.code ?? ""} keyed fallback={<JoinView code="" />}>
      {(code) => <JoinView code={code} />}
    </Show>
  );
}

function JoinView(props: { code: string }) {
  const navigate = useNavigate();
  const [phase, setPhase] = createSignal<Phase>(props.code ? { kind: "checking" } : { kind: "entry" });

  const open = async (code: string) => {
    setPhase({ kind: "checking" });
    const found = await resolveCode(code);
    if (!found.ok) {
      setPhase({ kind: "refused", refusal: found.refusal, code });
      return;
    }
    // The workshop's code led to a session: the ballot page keeps following that code.
    const via = found.value.code !== normaliseCode(code) ? normaliseCode(code) : undefined;
    if (found.value.type === "vote")
      navigate(voteHref(found.value.code, via), { replace: Boolean(props.code) });
    else if (props.code !== found.value.code) navigate(`/join/${found.value.code}`);
    else if (found.value.type === "collect") {
      setPhase({ kind: "collect", code: found.value.code });
      schedule();
    } else waitFor(found.value.code, found.value.stage ?? "condense");
  };

  // While it collects or waits, the phone follows the workshop: the room's socket says when the
  // stage changed or a session opened (within a second), and a slower poll covers a socket that
  // cannot open. Either way the phone asks /join again and moves on by itself.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const [liveOpen, setLiveOpen] = createSignal(false);
  const schedule = () => {
    clearTimeout(timer);
    const p = phase();
    if (p.kind !== "collect" && p.kind !== "wait") return;
    const every = liveOpen() ? LIVE_SAFETY_EVERY : p.kind === "wait" ? WAIT_POLL : COLLECT_POLL;
    timer = setTimeout(() => void follow(), every);
  };
  const follow = async () => {
    clearTimeout(timer);
    const p = phase();
    if (p.kind !== "collect" && p.kind !== "wait") return;
    const found = await resolveCode(p.code);
    if (found.ok && found.value.type === "vote") return navigate(voteHref(found.value.code, p.code));
    if (found.ok && found.value.type === "wait")
      setPhase({ kind: "wait", code: p.code, stage: found.value.stage ?? "condense" });
    else if (found.ok && phase().kind !== "collect") setPhase({ kind: "collect", code: p.code });
    schedule();
  };
  const waitFor = (code: string, stage: WorkshopStage) => {
    setPhase({ kind: "wait", code, stage });
    schedule();
  };
  onCleanup(() => clearTimeout(timer));
  /** The code the phone follows now; the same while it goes from collecting to waiting. */
  const following = createMemo(() => {
    const p = phase();
    return p.kind === "collect" || p.kind === "wait" ? p.code : undefined;
  });
  const onLive = (what: LiveChange) => {
    if (what === "stage" || what === "sessions" || what === "reconnected" || what === "lost") void follow();
  };

  onMount(() => {
    if (props.code) void open(props.code);
  });
  const waiting = () => {
    const p = phase();
    return p.kind === "wait" ? p : undefined;
  };

  const collectCode = () => {
    const p = phase();
    return p.kind === "collect" ? p.code : undefined;
  };
  const refusal = () => {
    const p = phase();
    return p.kind === "refused" ? p.refusal : undefined;
  };

  return (
    <div class="participant" data-live={liveOpen() ? "socket" : "poll"}>
      <Show when={following()} keyed>
        {(code) => <FollowRoom code={code} onChange={onLive} onOpen={setLiveOpen} />}
      </Show>
      <Show
        when={collectCode()}
        keyed
        fallback={
          <>
            <PageTitle text={t("workshops.participant.joinTitle")}>
              {t("workshops.participant.joinTitle")}
            </PageTitle>
            <Show when={waiting()}>
              {(w) => (
                <div class="waiting" role="status">
                  <h2>{t("workshops.participant.waitTitle")}</h2>
                  <p>{t("workshops.participant.collectingEnded")}</p>
                  <p class="muted">
                    {t("workshops.participant.waiting", { stage: t(`workshops.stage.${w().stage}`) })}
                  </p>
                </div>
              )}
            </Show>
            <Show when={phase().kind === "checking"}>
              <p class="loading" role="status">
                {t("app.loading")}
              </p>
            </Show>
            <Show when={refusal()}>{(r) => <RefusalText refusal={r()} />}</Show>
            <Show when={phase().kind === "entry" || phase().kind === "refused"}>
              <p>{t("workshops.participant.joinIntro")}</p>
              <CodeEntry onCode={(code) => void open(code)} />
            </Show>
          </>
        }
      >
        {(code) => <CollectForm code={code} onEnded={() => waitFor(code, "condense")} />}
      </Show>
    </div>
  );
}
