import { createEffect, createMemo, createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { type Answers, validateAnswers } from "../../../../shared/instrument/packing.ts";
import type { Survey, SurveyReceipt } from "../../../../shared/schemas/survey.ts";
import { locale, t, tp } from "../../lib/i18n.ts";
import { answersToSend, clearDraft, type Draft, loadDraft, saveDraft } from "./draft.ts";
import { definitionOf } from "./profile-scores.ts";
import { ServerDraft } from "./server-draft.tsx";
import { type Refusal, submitSurvey } from "./survey-api.ts";
import {
  codeOf,
  isAnswered,
  measuredPace,
  questionOfPath,
  resumeAt,
  type Screen,
  screenOfQuestion,
  screensOf,
  secondsLeft,
} from "./survey-model.ts";
import { ChoiceQuestion, ItemQuestion, OpenQuestionField } from "./survey-questions.tsx";
import { FinalStep, IntroStep } from "./survey-steps.tsx";

interface SurveyFormProps {
  code: string;
  survey: Survey;
  onDone: (answers: Answers, receipt: SurveyReceipt) => void;
  onRefused: (refusal: Refusal) => void;
  /** The answers were just fetched from the copy kept on the server (another device's). */
  restored?: boolean;
}

/** Where an error points, and what it says (translated when shown, so it follows the language). */
type Errors = Record<string, () => string>;

/** The pause after a tap before the next question comes: long enough to see the choice land. */
const ADVANCE_MS = 350;
/** How often answers that could not be sent (no connection) are tried again. */
const RETRY_MS = 4000;
/** A horizontal swipe shorter than this is a tap or a scroll. */
const SWIPE_PX = 60;

/** Same rule as the API's panel code (shared/schemas/survey.ts), without loading zod here. */
const panelCodeOk = (raw: string) => {
  const s = raw.trim();
  return s.length <= 64 && (s === "" || s.length >= 3);
};

/**
 * The questionnaire, one question per screen. A tap on an answer moves on after a short pause;
 * back and skip, a sideways swipe, Enter and the number keys do the rest. Every change is written
 * to the device at once; a reload or the same link later lands on the first unanswered question.
 */
export function SurveyForm(props: SurveyFormProps) {
  const [draft, setDraft] = createStore<Draft>({ ...loadDraft(props.code), survey: props.survey });
  const [stored, setStored] = createSignal(true);
  const [errors, setErrors] = createSignal<Errors>({});
  const [alert, setAlert] = createSignal<(() => string) | undefined>();
  const [busy, setBusy] = createSignal(false);
  /** When each answer was given on this visit: the respondent's own pace (see SECONDS). */
  const [stamps, setStamps] = createSignal<number[]>([]);
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let keyed = false;
  let box: HTMLDivElement | undefined;

  createEffect(() => {
    const ok = saveDraft(props.code, draft);
    if (!finished) setStored(ok);
  });

  const screens = createMemo(() => screensOf(props.survey));
  const [index, setIndex] = createSignal(resumeAt(screens(), draft.answers));
  const screen = (): Screen => screens()[index()] ?? { kind: "intro" };
  const isLast = () => index() === screens().length - 1;
  const questionCount = () => screens().filter((s) => codeOf(s)).length;
  const answered = () => Object.keys(answersToSend(draft.answers)).length;
  const minutesLeft = () =>
    Math.max(1, Math.ceil(secondsLeft(screens(), draft.answers, measuredPace(stamps())) / 60));

  const dropError = (code: string) => {
    if (!errors()[code]) return;
    const { [code]: _fixed, ...rest } = errors();
    setErrors(rest);
  };
  // Setting a store property to undefined removes it: a cleared answer leaves no trace.
  const setAnswer = (code: string, value: number | string | string[] | undefined) => {
    setDraft("answers", code, value as never);
    dropError(code);
  };
  const errorFor = (code: string) => errors()[code]?.();

  function go(to: number) {
    clearTimeout(timer);
    const next = Math.max(0, Math.min(to, screens().length - 1));
    setIndex(next);
    setDraft("step", next);
    setAlert(undefined);
    // A new screen starts at its top at once: the page's smooth scrolling (for in-page links)
    // would leave a tap landing on a screen still gliding up.
    window.scrollTo({ top: 0, behavior: "instant" });
    // The new screen's question (or heading) takes the focus, so a screen reader reads it.
    queueMicrotask(() =>
      box?.querySelector<HTMLElement>("[data-screen-focus]")?.focus({ preventScroll: true }),
    );
  }

  /** A tap on an answer: on to the next question after a short pause (not for arrow keys). */
  function chosen() {
    setStamps([...stamps(), Date.now()]);
    if (keyed) return;
    const at = index();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (index() === at) go(at + 1);
    }, ADVANCE_MS);
  }

  function showErrors(found: Errors, summary: () => string) {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) go(first === "panelCode" ? screens().length - 1 : screenOfQuestion(screens(), first));
    setAlert(() => summary);
  }

  const errorText = (code: string | undefined) => () =>
    code === "required" ? t("survey.error.required") : t("survey.error.invalid");

  async function submit() {
    if (busy()) return;
    setErrors({});
    setAlert(undefined);
    const answers = answersToSend(draft.answers);
    const found: Errors = {};
    const checked = validateAnswers(definitionOf(props.survey), answers);
    if (!checked.ok) for (const e of checked.errors) found[questionOfPath(e.path)] ??= errorText(e.code);
    if (!panelCodeOk(draft.panelCode)) found.panelCode = () => t("survey.panel.error");
    if (Object.keys(found).length > 0) {
      showErrors(found, () => t("survey.error.fixSummary"));
      return;
    }
    // One key per attempt, kept with the draft: a retry (even after a reload) sends it again.
    const key = draft.attempt?.key ?? crypto.randomUUID();
    if (!draft.attempt) setDraft("attempt", { key, survey: props.survey });
    setStored(saveDraft(props.code, draft));
    setBusy(true);
    const panel = draft.panelCode.trim();
    const result = await submitSurvey(
      props.code,
      { answers, panelCode: panel === "" ? undefined : panel },
      key,
    );
    setBusy(false);
    if (result.ok) {
      finished = true;
      clearDraft(props.code);
      props.onDone(answers, result.value);
      return;
    }
    switch (result.refusal) {
      case "offline":
        // Kept with its key, and sent again by itself: when the browser says it is back online,
        // and every few seconds meanwhile (not every browser tells when the connection returns).
        setAlert(() => () => t("survey.error.offline"));
        clearTimeout(retry);
        retry = setTimeout(() => {
          if (!finished) void submit();
        }, RETRY_MS);
        addEventListener(
          "online",
          () => {
            if (!finished) void submit();
          },
          { once: true },
        );
        return;
      case "throttled":
        setAlert(() => () => t("survey.error.throttled"));
        return;
      case "server":
        setAlert(() => () => t("survey.error.server"));
        return;
      case "key-reused":
        setDraft("attempt", undefined);
        setAlert(() => () => t("survey.error.keyReused"));
        return;
      case "invalid": {
        const server: Errors = {};
        for (const e of result.errors) server[questionOfPath(e.path)] ??= errorText(e.code);
        showErrors(server, () => t("survey.error.fixSummary"));
        return;
      }
      default:
        // Used, closed or unknown: these answers can never be sent; do not leave them on the device.
        finished = true;
        clearDraft(props.code);
        props.onRefused(result.refusal);
    }
  }

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!isLast()) go(index() + 1);
    // Only the send button sends: Enter in the panel code field must not send by accident.
    else if (event.submitter) void submit();
  };

  /** Number keys choose an option of the question on screen (outside text fields). */
  const onKeyDown = (event: KeyboardEvent) => {
    keyed = event.key.startsWith("Arrow");
    const s = screen();
    if (s.kind !== "item" || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement).matches("textarea, input[type=text]")) return;
    const n = Number(event.key);
    const options = props.survey.instrument.responseSets[s.item.responseSet]?.options ?? [];
    const option = Number.isInteger(n) && n >= 1 ? options[n - 1] : undefined;
    if (!option) return;
    event.preventDefault();
    keyed = false;
    setAnswer(s.item.code, option.code);
    chosen();
  };

  let touch: { x: number; y: number } | undefined;
  const onTouchStart = (e: TouchEvent) => {
    const p = e.changedTouches[0];
    touch = p ? { x: p.clientX, y: p.clientY } : undefined;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const p = e.changedTouches[0];
    if (!touch || !p) return;
    const dx = p.clientX - touch.x;
    const dy = p.clientY - touch.y;
    touch = undefined;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dy) > Math.abs(dx) / 2) return;
    if (dx < 0 && !isLast()) go(index() + 1);
    if (dx > 0 && index() > 0) go(index() - 1);
  };

  const firstSkipped = () =>
    screens().findIndex((s) => codeOf(s) && !isAnswered(draft.answers[codeOf(s) ?? ""]));

  onCleanup(() => {
    finished = true;
    clearTimeout(timer);
    clearTimeout(retry);
  });

  const itemSet = (s: Extract<Screen, { kind: "item" }>) =>
    props.survey.instrument.responseSets[s.item.responseSet];

  return (
    <form
      class="survey-form"
      novalidate
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        keyed = false;
      }}
    >
      <div class="survey-progress">
        <p id="survey-progress-label">
          {t("survey.progress", { n: answered(), total: questionCount() })}
          <Show when={answered() < questionCount()}> · {tp("survey.minutesLeft", minutesLeft())}</Show>
        </p>
        <progress max={questionCount()} value={answered()} aria-labelledby="survey-progress-label" />
      </div>
      <Show when={props.restored}>
        <p class="message message--ok survey-restored">{t("survey.server.restored")}</p>
      </Show>
      <div role="alert" class="survey-alert">
        <Show when={alert()}>{(text) => <p class="message message--error">{text()()}</p>}</Show>
      </div>
      <div
        class="survey-screen"
        ref={box}
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
        aria-live="off"
      >
        <Switch>
          <Match when={screen().kind === "intro"}>
            <h2 class="survey-step-title" tabindex="-1" data-screen-focus>
              {t("survey.intro.title")}
            </h2>
            <IntroStep survey={props.survey} questionCount={questionCount()} minutes={minutesLeft()} />
          </Match>
          <Match when={screen().kind === "item" && (screen() as Extract<Screen, { kind: "item" }>)} keyed>
            {(s) => (
              <>
                <p class="survey-domain">
                  {s.domain[locale()]} · {t("survey.questionOf", { n: s.number, total: questionCount() })}
                </p>
                <Show when={itemSet(s)}>
                  {(set) => (
                    <ItemQuestion
                      item={s.item}
                      number={s.number}
                      set={set()}
                      answers={draft.answers}
                      setAnswer={setAnswer}
                      error={errorFor}
                      onChosen={chosen}
                    />
                  )}
                </Show>
              </>
            )}
          </Match>
          <Match when={screen().kind === "choice" && (screen() as Extract<Screen, { kind: "choice" }>)} keyed>
            {(s) => (
              <>
                <p class="survey-domain">{t("survey.questionOf", { n: s.number, total: questionCount() })}</p>
                <ChoiceQuestion
                  question={s.question}
                  answers={draft.answers}
                  setAnswer={setAnswer}
                  error={errorFor}
                />
              </>
            )}
          </Match>
          <Match when={screen().kind === "open" && (screen() as Extract<Screen, { kind: "open" }>)} keyed>
            {(s) => (
              <>
                <p class="survey-domain">{t("survey.questionOf", { n: s.number, total: questionCount() })}</p>
                <OpenQuestionField
                  question={s.question}
                  answers={draft.answers}
                  setAnswer={setAnswer}
                  error={errorFor}
                />
              </>
            )}
          </Match>
          <Match when={screen().kind === "final"}>
            <h2 class="survey-step-title" tabindex="-1" data-screen-focus>
              {t("survey.final.title")}
            </h2>
            <FinalStep
              panelCode={draft.panelCode}
              setPanelCode={(value) => {
                setDraft("panelCode", value);
                dropError("panelCode");
              }}
              panelError={errorFor("panelCode")}
              answered={answered()}
              questionCount={questionCount()}
              onFirstSkipped={firstSkipped() >= 0 ? () => go(firstSkipped()) : undefined}
            />
          </Match>
        </Switch>
      </div>
      <div role="status" class="survey-sending">
        <Show when={busy()}>
          <p>{t("survey.sending")}</p>
        </Show>
      </div>
      <div class="survey-nav">
        <Show when={index() > 0}>
          <button type="button" class="button button--secondary" onClick={() => go(index() - 1)}>
            {t("survey.back")}
          </button>
        </Show>
        <button type="submit" class="button" disabled={busy()}>
          {isLast()
            ? t("survey.send")
            : index() === 0
              ? t("survey.start")
              : isAnswered(draft.answers[codeOf(screen()) ?? ""])
                ? t("survey.next")
                : t("survey.skip")}
        </button>
      </div>
      <p class="survey-saved">{stored() ? t("survey.saved") : t("survey.notSaved")}</p>
      <ServerDraft
        code={props.code}
        answers={() => answersToSend(draft.answers)}
        panelCode={() => draft.panelCode}
        savedAt={draft.serverSavedAt}
        onSaved={(at) => setDraft("serverSavedAt", at)}
      />
    </form>
  );
}
