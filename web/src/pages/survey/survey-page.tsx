import { createEffect, createSignal, Match, onCleanup, onMount, Switch } from "solid-js";
import type { Answers } from "../../../../shared/instrument/packing.ts";
import type { Survey, SurveyReceipt } from "../../../../shared/schemas/survey.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { locale, t } from "../../lib/i18n.ts";
import {
  answersToSend,
  clearDraft,
  type DraftAnswers,
  forgetSent,
  loadDraft,
  loadSent,
  saveDraft,
  saveSent,
} from "./draft.ts";
import { keepForOffline } from "./offline.ts";
import { fetchServerDraft, fetchSurvey, type Refusal, submitSurvey } from "./survey-api.ts";
import { SurveyDone } from "./survey-done.tsx";
import { SurveyForm } from "./survey-form.tsx";
import { SurveyQueued } from "./survey-queued.tsx";
import { RefusalView } from "./survey-refusal.tsx";
import "./survey.css";

type Phase =
  | { kind: "loading" }
  | { kind: "refused"; refusal: Refusal }
  | { kind: "answering"; survey: Survey; restored?: boolean }
  | { kind: "queued"; survey: Survey }
  | { kind: "done"; survey: Survey; answers: Answers; receipt: SurveyReceipt };

/** How often a submission waiting on the device is tried again, besides the `online` event (ms). */
const QUEUED_RETRY_MS = 5000;

/** The respondent's page at `/s/:code`: public, no account, one code answers once. */
export default function SurveyPage(props: { code: string }) {
  const [phase, setPhase] = createSignal<Phase>({ kind: "loading" });

  /**
   * A used code whose submission this browser sent but never heard back about (the connection
   * went, the page was reloaded): sending it again with the same Idempotency-Key gets the first
   * receipt, so the respondent learns that the answers arrived and can see their profile.
   */
  async function recover(): Promise<"done" | "waiting" | "none"> {
    const draft = loadDraft(props.code);
    if (!draft.attempt) return "none";
    const answers = answersToSend(draft.answers);
    const panelCode = draft.panelCode.trim();
    const again = await submitSurvey(
      props.code,
      { answers, panelCode: panelCode === "" ? undefined : panelCode },
      draft.attempt.key,
    );
    if (again.ok) {
      done(draft.attempt.survey, answers, again.value);
      return "done";
    }
    // No connection (or a passing failure): the submission stays queued on the device.
    return again.refusal === "offline" || again.refusal === "server" ? "waiting" : "none";
  }

  /**
   * A submission kept on the device while there is no connection (a reload offline after
   * sending): the respondent is told it waits, and the page sends it by itself (with its one key,
   * so counted once) when the browser says it is online again, and every few seconds meanwhile.
   */
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const [sending, setSending] = createSignal(false);
  async function sendQueued() {
    if (sending() || phase().kind !== "queued") return;
    clearTimeout(retryTimer);
    setSending(true);
    const outcome = await recover();
    setSending(false);
    if (outcome === "waiting") retryTimer = setTimeout(() => void sendQueued(), QUEUED_RETRY_MS);
    else if (outcome === "none") await open();
  }
  const onOnline = () => void sendQueued();
  addEventListener("online", onOnline);
  onCleanup(() => {
    removeEventListener("online", onOnline);
    clearTimeout(retryTimer);
  });

  /**
   * A device that holds no answers for the code asks whether the respondent kept a copy on the
   * server from another device; if so, it becomes this device's draft.
   */
  async function restoreFromServer(): Promise<boolean> {
    const local = loadDraft(props.code);
    if (Object.keys(local.answers).length > 0) return false;
    const kept = await fetchServerDraft(props.code);
    if (!kept.ok || !kept.value.draft) return false;
    saveDraft(props.code, {
      ...local,
      answers: kept.value.draft.answers as DraftAnswers,
      panelCode: kept.value.draft.panelCode,
      serverSavedAt: kept.value.savedAt ?? undefined,
    });
    return true;
  }

  /** Sent: the receipt stays on this device (only), so the same link shows the thanks again. */
  function done(survey: Survey, answers: Answers, receipt: SurveyReceipt) {
    clearDraft(props.code);
    saveSent(props.code, { survey, answers, receipt });
    setPhase({ kind: "done", survey, answers, receipt });
  }

  /**
   * This device's own record first: sent before (the thanks and the profile), a submission not yet
   * confirmed (sent again with its key), a questionnaire already opened (no need to ask the server,
   * whose lookups of a code are counted). Only then the server.
   */
  async function load() {
    setPhase({ kind: "loading" });
    const sent = loadSent(props.code);
    if (sent) {
      setPhase({ kind: "done", ...sent });
      return;
    }
    const recovered = await recover();
    if (recovered === "done") return;
    const attempt = loadDraft(props.code).attempt;
    if (recovered === "waiting" && attempt) {
      setPhase({ kind: "queued", survey: attempt.survey });
      retryTimer = setTimeout(() => void sendQueued(), QUEUED_RETRY_MS);
      return;
    }
    await open();
  }

  /** The questionnaire: the copy kept on this device, else the server's. */
  async function open() {
    const kept = loadDraft(props.code).survey;
    if (kept) {
      setPhase({ kind: "answering", survey: kept });
      return;
    }
    const result = await fetchSurvey(props.code);
    if (result.ok) {
      setPhase({ kind: "answering", survey: result.value, restored: await restoreFromServer() });
      return;
    }
    setPhase({ kind: "refused", refusal: result.refusal });
  }

  onMount(() => void load());
  // The questionnaire's own code has loaded by now: the offline worker keeps it too.
  createEffect(() => {
    if (phase().kind === "answering") keepForOffline();
  });

  const title = () => {
    const p = phase();
    if (p.kind === "answering" || p.kind === "done" || p.kind === "queued")
      return p.survey.instrument.name[locale()];
    return t("survey.title");
  };

  return (
    <div class="survey" lang={locale()}>
      <PageTitle text={title()}>{title()}</PageTitle>
      <Switch>
        <Match when={phase().kind === "loading"}>
          <p class="loading" role="status">
            {t("app.loading")}
          </p>
        </Match>
        <Match when={phase().kind === "refused" && (phase() as Extract<Phase, { kind: "refused" }>)}>
          {(p) => <RefusalView refusal={p().refusal} onRetry={() => void load()} />}
        </Match>
        <Match when={phase().kind === "answering" && (phase() as Extract<Phase, { kind: "answering" }>)}>
          {(p) => (
            <SurveyForm
              code={props.code}
              survey={p().survey}
              onDone={(answers, receipt) => done(p().survey, answers, receipt)}
              onRefused={(refusal) => setPhase({ kind: "refused", refusal })}
              restored={p().restored}
            />
          )}
        </Match>
        <Match when={phase().kind === "queued"}>
          <SurveyQueued busy={sending()} onRetry={() => void sendQueued()} />
        </Match>
        <Match when={phase().kind === "done" && (phase() as Extract<Phase, { kind: "done" }>)}>
          {(p) => (
            <SurveyDone
              survey={p().survey}
              answers={p().answers}
              receipt={p().receipt}
              onForget={() => forgetSent(props.code)}
            />
          )}
        </Match>
      </Switch>
    </div>
  );
}
