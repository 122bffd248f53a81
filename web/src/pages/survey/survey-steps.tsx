import { For, Show } from "solid-js";
import type { Survey } from "../../../../shared/schemas/survey.ts";
import { fmtDate, locale, t } from "../../lib/i18n.ts";
import type { DraftAnswers } from "./draft.ts";
import type { NumberedItem } from "./survey-model.ts";
import { ChoiceQuestion, ItemQuestion, OpenQuestionField } from "./survey-questions.tsx";

interface StepAnswerProps {
  survey: Survey;
  answers: DraftAnswers;
  setAnswer: (code: string, value: number | string | string[] | undefined) => void;
  error: (code: string) => string | undefined;
}

/** What the respondent should know before the first question. */
export function IntroStep(props: { survey: Survey; questionCount: number }) {
  return (
    <div class="survey-intro">
      <p>{t("survey.intro.lead", { round: props.survey.round.label })}</p>
      <ul>
        <li>{t("survey.intro.anonymous")}</li>
        <li>{t("survey.intro.optional", { n: props.questionCount })}</li>
        <li>{t("survey.intro.saved")}</li>
        <li>{t("survey.intro.closes", { date: fmtDate(props.survey.round.closesOn) })}</li>
      </ul>
      {/* Said in the other language, for whoever reads that one. */}
      <p lang={locale() === "da" ? "en" : "da"}>{t("survey.intro.language")}</p>
    </div>
  );
}

/** The items of one domain. */
export function DomainStep(props: StepAnswerProps & { items: NumberedItem[] }) {
  return (
    <For each={props.items}>
      {(n) => {
        const set = () => props.survey.instrument.responseSets[n.item.responseSet];
        return (
          <Show when={set()}>
            {(s) => (
              <ItemQuestion
                item={n.item}
                number={n.number}
                set={s()}
                answers={props.answers}
                setAnswer={props.setAnswer}
                error={props.error}
              />
            )}
          </Show>
        );
      }}
    </For>
  );
}

/** The choice question, the open questions and the optional panel code. */
export function FinalStep(
  props: StepAnswerProps & {
    panelCode: string;
    setPanelCode: (value: string) => void;
    panelError: string | undefined;
    answered: number;
    questionCount: number;
  },
) {
  return (
    <>
      <ChoiceQuestion
        question={props.survey.instrument.multipleChoice}
        answers={props.answers}
        setAnswer={props.setAnswer}
        error={props.error}
      />
      <For each={props.survey.instrument.openQuestions}>
        {(question) => (
          <OpenQuestionField
            question={question}
            answers={props.answers}
            setAnswer={props.setAnswer}
            error={props.error}
          />
        )}
      </For>
      <section class="survey-panel" aria-labelledby="panel-title">
        <h3 id="panel-title">{t("survey.panel.title")}</h3>
        <p>{t("survey.panel.what")}</p>
        <p>{t("survey.panel.how")}</p>
        <p>{t("survey.panel.never")}</p>
        <div class="field" classList={{ "field--invalid": Boolean(props.panelError) }}>
          <label for="panel-code">{t("survey.panel.label")}</label>
          <p id="panel-code-hint" class="field__hint">
            {t("survey.panel.hint")}
          </p>
          <input
            id="panel-code"
            name="panelCode"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            maxlength="64"
            aria-describedby={`panel-code-hint${props.panelError ? " panel-code-error" : ""}`}
            aria-invalid={props.panelError ? "true" : undefined}
            value={props.panelCode}
            onInput={(e) => props.setPanelCode(e.currentTarget.value)}
          />
          <Show when={props.panelError}>
            <p id="panel-code-error" class="field__error">
              {props.panelError}
            </p>
          </Show>
        </div>
      </section>
      <p class="survey-summary">
        {t("survey.final.answered", { n: props.answered, total: props.questionCount })}
      </p>
    </>
  );
}
