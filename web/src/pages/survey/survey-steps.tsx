import { Show } from "solid-js";
import type { Survey } from "../../../../shared/schemas/survey.ts";
import { fmtDate, locale, t } from "../../lib/i18n.ts";

/** What the respondent should know before the first question. */
export function IntroStep(props: { survey: Survey; questionCount: number; minutes: number }) {
  return (
    <div class="survey-intro">
      <p>{t("survey.intro.lead", { round: props.survey.round.label })}</p>
      <ul>
        <li>{t("survey.intro.anonymous")}</li>
        <li>
          {t("survey.intro.optional", { n: props.questionCount })}{" "}
          {t("survey.intro.time", { minutes: props.minutes })}
        </li>
        <li>{t("survey.howTo")}</li>
        <li>{t("survey.intro.saved")}</li>
        <li>{t("survey.intro.closes", { date: fmtDate(props.survey.round.closesOn) })}</li>
      </ul>
      {/* Said in the other language, for whoever reads that one. */}
      <p lang={locale() === "da" ? "en" : "da"}>{t("survey.intro.language")}</p>
    </div>
  );
}

/** The last screen: how much was answered, the optional panel code, and the send button below. */
export function FinalStep(props: {
  panelCode: string;
  setPanelCode: (value: string) => void;
  panelError: string | undefined;
  answered: number;
  questionCount: number;
  /** Present when a question was skipped: goes back to the first one. */
  onFirstSkipped?: () => void;
}) {
  return (
    <>
      <p class="survey-summary">
        {t("survey.final.answered", { n: props.answered, total: props.questionCount })}
      </p>
      <Show when={props.onFirstSkipped}>
        {(goBack) => (
          <p>
            <button type="button" class="button button--secondary survey-skipped" onClick={() => goBack()()}>
              {t("survey.final.firstSkipped")}
            </button>
          </p>
        )}
      </Show>
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
    </>
  );
}
