import { Show } from "solid-js";
import type { Locale } from "../../../../shared/i18n/index.ts";
import { DEFAULT_SUPPORT_TEXT } from "../../../../shared/support-text.ts";
import { locale, t } from "../../lib/i18n.ts";
import type { Profile } from "./profile-scores.ts";

/** "stress og udbrændthed": the scale names as words in a sentence, in the reader's language. */
function listOf(names: string[], lang: Locale): string {
  const words = names.map((n) => n.toLocaleLowerCase(lang));
  return new Intl.ListFormat(lang === "da" ? "da-DK" : "en-GB", { type: "conjunction" }).format(words);
}

/**
 * A calm line where stress, burnout or sleeping troubles are high: whom to talk to, in the centre's
 * own words. The centre's text in the reader's language, else its text in the other language
 * (marked as such for a screen reader), else the default. Shown on this device only, like the
 * profile it belongs to.
 */
export function SupportNote(props: { support: Profile["support"] }) {
  const other = (): Locale => (locale() === "da" ? "en" : "da");
  const own = () => props.support.text[locale()];
  const theirs = () => (own() ? null : props.support.text[other()]);
  return (
    <Show when={props.support.high.length > 0}>
      <section class="survey-support" aria-labelledby="survey-support-title">
        <h3 id="survey-support-title">{t("survey.support.title")}</h3>
        <p>
          {t("survey.support.high", {
            scales: listOf(
              props.support.high.map((r) => r.label[locale()]),
              locale(),
            ),
          })}
        </p>
        <Show
          when={theirs()}
          fallback={<p class="survey-support__text">{own() ?? DEFAULT_SUPPORT_TEXT[locale()]}</p>}
        >
          {(text) => (
            <p class="survey-support__text" lang={other()}>
              {text()}
            </p>
          )}
        </Show>
      </section>
    </Show>
  );
}
