import { createEffect, createMemo, createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { type Answers, validateAnswers } from "../../../../shared/instrument/packing.ts";
import { panelCodeSchema, type Survey, type SurveyReceipt } from "../../../../shared/schemas/survey.ts";
import { locale, t } from "../../lib/i18n.ts";
import { answersToSend, clearDraft, type Draft, loadDraft, saveDraft } from "./draft.ts";
import { definitionOf } from "./profile-scores.ts";
import { type Refusal, submitSurvey } from "./survey-api.ts";
import { questionOfPath, type Step, stepOfQuestion, stepsOf } from "./survey-model.ts";
import { DomainStep, FinalStep, IntroStep } from "./survey-steps.tsx";

interface SurveyFormProps {
  code: string;
  survey: Survey;
  onDone: (answers: Answers, receipt: SurveyReceipt) => void;
  onRefused: (refusal: Refusal) => void;
}

/** Where an error points, and what it says (translated when shown, so it follows the language). */
type Errors = Record<string, () => string>;

/**
 * The questionnaire, one step at a time. Every change is written to localStorage at once; the
 * focus moves to the step's heading on each step, and errors are announced and focused.
 */
export function SurveyForm(props: SurveyFormProps) {
  const [draft, setDraft] = createStore<Draft>(loadDraft(props.code));
  const [stored, setStored] = createSignal(true);
  const [errors, setErrors] = createSignal<Errors>({});
  const [alert, setAlert] = createSignal<(() => string) | undefined>();
  const [busy, setBusy] = createSignal(false);
  let finished = false;
  let heading: HTMLHeadingElement | undefined;

  // Written on every change: reading the whole store here makes the effect follow all of it.
  createEffect(() => {
    const ok = saveDraft(props.code, draft);
    if (!finished) setStored(ok);
  });

  const steps = createMemo(() => stepsOf(props.survey));
  const index = () => Math.min(draft.step, steps().length - 1);
  const step = (): Step => steps()[index()] ?? { kind: "intro" };
  const domainItems = () => {
    const s = step();
    return s.kind === "domain" ? s.items : [];
  };
  const isLast = () => index() === steps().length - 1;
  const instrument = () => props.survey.instrument;
  const questionCount = () => instrument().items.length + 1 + instrument().openQuestions.length;
  const answered = () => Object.keys(answersToSend(draft.answers)).length;

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

  const stepTitle = () => {
    const s = step();
    if (s.kind === "intro") return t("survey.intro.title");
    if (s.kind === "final") return t("survey.final.title");
    return s.label[locale()];
  };

  function go(to: number) {
    setDraft("step", Math.max(0, Math.min(to, steps().length - 1)));
    setAlert(undefined);
    window.scrollTo({ top: 0 });
    queueMicrotask(() => heading?.focus());
  }

  /** Shows the errors, goes to the step of the first and puts the keyboard on it. */
  function showErrors(found: Errors, summary: () => string) {
    setErrors(found);
    setAlert(() => summary);
    const first = Object.keys(found)[0];
    if (!first) return;
    const target = first === "panelCode" ? steps().length - 1 : stepOfQuestion(steps(), first);
    if (target !== index()) setDraft("step", target);
    const field = first === "panelCode" ? "panel-code" : `q-${first}`;
    queueMicrotask(() => {
      const el = document.getElementById(field);
      const control = el?.matches("input, textarea") ? el : el?.querySelector<HTMLElement>("input, textarea");
      control?.focus();
    });
  }

  function next() {
    const s = step();
    const missing: Errors = {};
    if (s.kind === "domain") {
      for (const { item } of s.items) {
        if (item.required && typeof draft.answers[item.code] !== "number")
          missing[item.code] = () => t("survey.error.required");
      }
    }
    if (Object.keys(missing).length > 0) {
      showErrors(missing, () => t("survey.error.requiredSummary"));
      return;
    }
    go(index() + 1);
  }

  const errorText = (message: string) => () =>
    message === "required" ? t("survey.error.required") : t("survey.error.invalid");

  async function submit() {
    if (busy()) return;
    setErrors({});
    setAlert(undefined);
    const answers = answersToSend(draft.answers);
    const found: Errors = {};
    const checked = validateAnswers(definitionOf(props.survey), answers);
    if (!checked.ok) for (const e of checked.errors) found[questionOfPath(e.path)] ??= errorText(e.message);
    const panel = panelCodeSchema.safeParse(draft.panelCode);
    if (!panel.success) found.panelCode = () => t("survey.panel.error");
    if (Object.keys(found).length > 0) {
      showErrors(found, () => t("survey.error.fixSummary"));
      return;
    }
    // One key per attempt, kept with the draft: a retry (even after a reload) sends it again.
    const key = draft.attempt?.key ?? crypto.randomUUID();
    if (!draft.attempt) setDraft("attempt", { key, survey: props.survey });
    setStored(saveDraft(props.code, draft));
    setBusy(true);
    const result = await submitSurvey(
      props.code,
      { answers, panelCode: panel.success && panel.data !== "" ? panel.data : undefined },
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
        setAlert(() => () => t("survey.error.offline"));
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
        for (const e of result.errors) server[questionOfPath(e.path)] ??= errorText(e.message);
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
    if (!isLast()) next();
    // Only the send button sends: Enter in the panel code field must not send by accident.
    else if (event.submitter) void submit();
  };

  onCleanup(() => {
    finished = true;
  });

  return (
    <form class="survey-form" novalidate onSubmit={onSubmit}>
      <div class="survey-progress">
        <p id="survey-progress-label" aria-live="polite">
          {t("survey.progress", { step: index() + 1, total: steps().length })}
        </p>
        <progress max={steps().length} value={index() + 1} aria-labelledby="survey-progress-label" />
        <p class="survey-progress__answered">
          {t("survey.answeredCount", { n: answered(), total: questionCount() })}
        </p>
      </div>
      <h2 ref={heading} tabindex="-1" class="survey-step-title">
        {stepTitle()}
      </h2>
      <div role="alert" class="survey-alert">
        <Show when={alert()}>{(text) => <p class="message message--error">{text()()}</p>}</Show>
      </div>
      <Switch>
        <Match when={step().kind === "intro"}>
          <IntroStep survey={props.survey} questionCount={questionCount()} />
        </Match>
        <Match when={step().kind === "final"}>
          <FinalStep
            survey={props.survey}
            answers={draft.answers}
            setAnswer={setAnswer}
            error={errorFor}
            panelCode={draft.panelCode}
            setPanelCode={(value) => {
              setDraft("panelCode", value);
              dropError("panelCode");
            }}
            panelError={errorFor("panelCode")}
            answered={answered()}
            questionCount={questionCount()}
          />
        </Match>
        <Match when={step().kind === "domain"}>
          <DomainStep
            survey={props.survey}
            items={domainItems()}
            answers={draft.answers}
            setAnswer={setAnswer}
            error={errorFor}
          />
        </Match>
      </Switch>
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
          {isLast() ? t("survey.send") : index() === 0 ? t("survey.start") : t("survey.next")}
        </button>
      </div>
      <p class="survey-saved">{stored() ? t("survey.saved") : t("survey.notSaved")}</p>
    </form>
  );
}
