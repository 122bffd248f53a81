import { createSignal, Show } from "solid-js";
import { PageTitle } from "../../components/page-title.tsx";
import { t } from "../../lib/i18n.ts";
import "./survey.css";
import { normaliseCode } from "../../../../shared/codes.ts";

/** `/s`: for a respondent who has the code from a slip but not the link. */
export default function CodeEntryPage(props: { onCode: (code: string) => void }) {
  const [error, setError] = createSignal(false);
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const code = normaliseCode(String(new FormData(form).get("code") ?? ""));
    if (code.length < 4) {
      setError(true);
      form.querySelector<HTMLInputElement>("#survey-code")?.focus();
      return;
    }
    props.onCode(code);
  };
  return (
    <div class="survey">
      <PageTitle text={t("survey.entry.title")}>{t("survey.entry.title")}</PageTitle>
      <p>{t("survey.entry.intro")}</p>
      <form class="form" novalidate onSubmit={onSubmit}>
        <div class="field" classList={{ "field--invalid": error() }}>
          <label for="survey-code">{t("survey.entry.label")}</label>
          <p id="survey-code-hint" class="field__hint">
            {t("survey.entry.hint")}
          </p>
          <input
            id="survey-code"
            name="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxlength="64"
            aria-describedby={error() ? "survey-code-hint survey-code-error" : "survey-code-hint"}
            aria-invalid={error() ? "true" : undefined}
            onInput={() => setError(false)}
          />
          <Show when={error()}>
            <p id="survey-code-error" class="field__error">
              {t("survey.entry.error")}
            </p>
          </Show>
        </div>
        <button type="submit" class="button">
          {t("survey.entry.submit")}
        </button>
      </form>
    </div>
  );
}
