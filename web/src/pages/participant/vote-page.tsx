import { useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, Match, on, onCleanup, onMount, Show, Switch } from "solid-js";
import { validateBallot } from "../../../../shared/ranking/validate.ts";
import type { BallotBody, VoteView } from "../../../../shared/schemas/workshop.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { t, tp } from "../../lib/i18n.ts";
import type { LiveChange } from "../workshops/live.ts";
import { deviceId, loadBallot, newIdempotencyKey, saveBallot, updateBallot } from "./ballot-store.ts";
import { CodeEntry } from "./code-entry.tsx";
import { FollowRoom, voteHref } from "./follow-room.tsx";
import { PairwiseBallot } from "./pairwise-ballot.tsx";
import { fetchVote, normaliseCode, type Refusal, resolveCode, sendBallot } from "./participant-api.ts";
import { RefusalText } from "./refusal-text.tsx";
import { TopBallot } from "./top-ballot.tsx";
import "./participant.css";

/** How often a phone that has voted asks whether the next session opened, without a live socket (ms). */
const NEXT_POLL = 5000;

type Phase =
  | { kind: "loading" }
  | { kind: "refused"; refusal: Refusal }
  | { kind: "closed"; view?: VoteView }
  | { kind: "voting"; view: VoteView }
  | { kind: "sending"; view: VoteView }
  | { kind: "failed"; view: VoteView; refusal: Refusal }
  | { kind: "done"; view?: VoteView };

/**
 * `/vote/:code`: one phone, one pair, one ballot. The ballot is kept on the phone while it is
 * made; sending it uses an Idempotency-Key made once per ballot and kept with it, so that a retry
 * (after a lost connection, even after a reload) is counted once.
 */
export default function VotePage() {
  const params = useParams<{ code: string }>();
  return (
    <Show when={normaliseCode(params.code ?? "")} keyed>
      {(code) => <VoteLoader code={code} />}
    </Show>
  );
}

function VoteLoader(props: { code: string }) {
  const navigate = useNavigate();
  const [phase, setPhase] = createSignal<Phase>({ kind: "loading" });
  // The workshop's code the phone came in with: once this session is voted or closed, the phone
  // follows it on to the workshop's next session, as the one code promises.
  const [search] = useSearchParams<{ via?: string }>();
  const via = () => (search.via ? normaliseCode(search.via) : undefined);
  const following = () => {
    const kind = phase().kind;
    return kind === "done" || kind === "closed" ? via() : undefined;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const [liveOpen, setLiveOpen] = createSignal(false);
  const nextSession = async () => {
    clearTimeout(timer);
    const code = following();
    if (!code) return;
    const found = await resolveCode(code);
    if (found.ok && found.value.type === "vote" && found.value.code !== props.code)
      return navigate(voteHref(found.value.code, code));
    if (!liveOpen()) timer = setTimeout(() => void nextSession(), NEXT_POLL);
  };
  onCleanup(() => clearTimeout(timer));
  createEffect(on(following, (code) => code && void nextSession()));
  const onLive = (what: LiveChange) => {
    if (what === "sessions" || what === "stage" || what === "reconnected" || what === "lost")
      void nextSession();
  };

  const load = async () => {
    setPhase({ kind: "loading" });
    const result = await fetchVote(props.code);
    const stored = loadBallot(props.code);
    if (!result.ok) {
      setPhase({ kind: "refused", refusal: result.refusal });
      return;
    }
    const view = result.value;
    if (stored.done) return setPhase({ kind: "done", view });
    if (stored.pending) {
      // Sent before, no answer heard (a reload, a lost connection): send the same again.
      await send(view);
      return;
    }
    setPhase(view.status === "closed" ? { kind: "closed", view } : { kind: "voting", view });
  };

  /** Sends the pending ballot (the same body and key as any earlier attempt). */
  const send = async (view: VoteView) => {
    const pending = loadBallot(props.code).pending;
    if (!pending) return setPhase({ kind: "voting", view });
    setPhase({ kind: "sending", view });
    const result = await sendBallot(props.code, pending.body, pending.key, deviceId());
    if (result.ok) {
      const sent = (loadBallot(props.code).sent ?? 0) + (result.value.replayed ? 0 : 1);
      saveBallot(props.code, { done: { id: result.value.id, receivedAt: result.value.receivedAt }, sent });
      setPhase({ kind: "done", view });
      queueMicrotask(() => document.getElementById("vote-done")?.focus());
      return;
    }
    if (result.refusal === "closed") {
      updateBallot(props.code, { pending: undefined });
      setPhase({ kind: "closed", view });
      return;
    }
    if (result.refusal === "invalid" || result.refusal === "key-reused" || result.refusal === "phone-limit")
      updateBallot(props.code, { pending: undefined });
    setPhase({ kind: "failed", view, refusal: result.refusal });
  };

  const submit = (view: VoteView, body: BallotBody) => {
    const check = validateBallot(body, {
      mode: view.mode,
      statementIds: view.statements.map((s) => s.id),
      topN: view.topN,
    });
    if (!check.ok) {
      setPhase({ kind: "failed", view, refusal: "invalid" });
      return;
    }
    // One key per ballot, made once and stored before the first attempt.
    const state = loadBallot(props.code);
    if (!state.pending) updateBallot(props.code, { pending: { key: newIdempotencyKey(), body } });
    void send(view);
  };

  /** Another pair on this phone, while the facilitator's ballots per phone last. */
  const left = (v?: VoteView) => Math.max(0, (v?.ballotsPerPhone ?? 1) - (loadBallot(props.code).sent ?? 1));
  const again = () => {
    saveBallot(props.code, { sent: loadBallot(props.code).sent ?? 1 });
    void load();
  };

  onMount(() => void load());

  const view = () => {
    const p = phase();
    return "view" in p ? p.view : undefined;
  };
  const refused = () => {
    const p = phase();
    return p.kind === "refused" ? p : undefined;
  };
  const failed = () => {
    const p = phase();
    return p.kind === "failed" ? p : undefined;
  };
  const title = () => view()?.label ?? view()?.title ?? t("workshops.participant.voteTitle");

  return (
    <div class="participant participant--vote" data-live={liveOpen() ? "socket" : "poll"}>
      <Show when={following()} keyed>
        {(code) => <FollowRoom code={code} onChange={onLive} onOpen={setLiveOpen} />}
      </Show>
      <PageTitle text={title()}>{title()}</PageTitle>
      <Show when={view()?.label && view()?.title}>
        <p class="muted">{view()?.title}</p>
      </Show>
      <Switch>
        <Match when={phase().kind === "loading"}>
          <p class="loading" role="status">
            {t("app.loading")}
          </p>
        </Match>
        <Match when={refused()}>
          {(p) => (
            <>
              <RefusalText refusal={p().refusal} />
              <p>{t("workshops.participant.joinIntro")}</p>
              <CodeEntry onCode={(code) => navigate(`/join/${code}`)} />
            </>
          )}
        </Match>
        <Match when={phase().kind === "closed"}>
          <div class="notice vote-closed" role="alert">
            <h2>{t("workshops.participant.closedTitle")}</h2>
            <p>{t("workshops.participant.voteClosed")}</p>
          </div>
        </Match>
        <Match when={phase().kind === "done"}>
          <div class="vote-done" data-vote-done>
            <h2 id="vote-done" tabindex="-1">
              {t("workshops.participant.doneTitle")}
            </h2>
            <p role="status">{t("workshops.participant.doneText")}</p>
            <Show when={via()}>
              <p class="muted">{t("workshops.participant.nextFollows")}</p>
            </Show>
            <Show when={left(view()) > 0}>
              <button type="button" class="button button--secondary" onClick={again}>
                {tp("workshops.participant.anotherPairLeft", left(view()))}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={phase().kind === "sending"}>
          <p class="loading" role="status">
            {t("workshops.participant.sendingBallot")}
          </p>
        </Match>
        <Match when={failed()}>
          {(p) => (
            <>
              <RefusalText refusal={p().refusal} />
              <div class="button-row">
                <Show
                  when={loadBallot(props.code).pending}
                  fallback={
                    <button
                      type="button"
                      class="button"
                      onClick={() => setPhase({ kind: "voting", view: p().view })}
                    >
                      {t("workshops.participant.backToBallot")}
                    </button>
                  }
                >
                  <button type="button" class="button" onClick={() => void send(p().view)}>
                    {t("workshops.participant.retry")}
                  </button>
                </Show>
              </div>
            </>
          )}
        </Match>
        <Match when={phase().kind === "voting" && view()}>
          {(v) => (
            <Switch>
              <Match when={v().mode === "pairwise"}>
                <PairwiseBallot code={props.code} view={v()} onSubmit={(body) => submit(v(), body)} />
              </Match>
              <Match when={true}>
                <TopBallot code={props.code} view={v()} onSubmit={(body) => submit(v(), body)} />
              </Match>
            </Switch>
          )}
        </Match>
      </Switch>
    </div>
  );
}
