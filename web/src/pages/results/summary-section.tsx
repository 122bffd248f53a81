import { For, Show } from "solid-js";
import { roundShown, shownDifference } from "../../../../shared/scoring/shown-figures.ts";
import { fmtNumber, t } from "../../lib/i18n.ts";
import { inLocale, score } from "./format.ts";
import type { Report, ScaleRow } from "./results-data.ts";

/**
 * Attention points and strengths in words, first on the page: what the results meeting talks
 * about. Each names its scale's score against the comparison and links to the scale's row.
 */
export function SummarySection(props: { report: Report }) {
  const comparisonName = () =>
    props.report.comparison === "network"
      ? t("results.comparison.network")
      : t("results.comparison.reference");
  const find = (key: string) => props.report.scales.find((s) => s.key === key);
  const comparisonValue = (s: ScaleRow) =>
    props.report.comparison === "network" ? s.network.mean : (s.reference?.mean ?? null);
  const sentence = (s: ScaleRow) => {
    const distance = s.distance ?? 0;
    const mine = s.centre?.mean;
    const theirs = comparisonValue(s);
    // The difference of the two printed figures, so that "57,0 … (42,9)" reads 14,1, not the
    // rounded raw difference (14,2); the sign still comes from the polarity-aware distance.
    const shown =
      mine == null || theirs == null ? Math.abs(distance) : Math.abs(shownDifference(mine, theirs));
    const params = {
      score: score(mine),
      diff: fmtNumber(shown, 1),
      comparison: score(theirs),
    };
    const which = props.report.comparison;
    if (roundShown(shown) === 0) return t(`results.summary.same.${which}`, params);
    return distance > 0
      ? t(`results.summary.better.${which}`, params)
      : t(`results.summary.worse.${which}`, params);
  };
  const item = (key: string, attention: boolean) => {
    const s = find(key);
    if (!s) return null;
    return (
      <li>
        <a href={`#scale-${s.key}`} target="_self">
          <strong>{inLocale(s.label)}</strong>
        </a>
        <Show when={s.polarity === "higher-worse"}>
          {" "}
          <span class="polarity-note">{t("results.higherWorse")}</span>
        </Show>
        : {sentence(s)}
        <Show when={attention}>
          {/* Issue 7 (themes): the theme library answers /themes?scale=<key> with the themes that help. */}{" "}
          <a href={`/themes?scale=${encodeURIComponent(s.key)}`} class="theme-link">
            {t("results.summary.themes", { scale: inLocale(s.label) })}
          </a>
        </Show>
      </li>
    );
  };
  return (
    <section aria-labelledby="summary-title" class="results-section summary">
      <h2 id="summary-title">{t("results.summary.title")}</h2>
      <p class="summary__rule">{t("results.summary.rule", { comparison: comparisonName() })}</p>
      <div class="summary__grid">
        <div class="summary__box summary__box--attention">
          <h3 id="attention-title">{t("results.summary.attention")}</h3>
          <Show
            when={props.report.attention.length > 0}
            fallback={<p>{t("results.summary.noAttention", { comparison: comparisonName() })}</p>}
          >
            <ul aria-labelledby="attention-title" data-list="attention">
              <For each={props.report.attention}>{(key) => item(key, true)}</For>
            </ul>
          </Show>
        </div>
        <div class="summary__box summary__box--strengths">
          <h3 id="strengths-title">{t("results.summary.strengths")}</h3>
          <Show
            when={props.report.strengths.length > 0}
            fallback={<p>{t("results.summary.noStrengths", { comparison: comparisonName() })}</p>}
          >
            <ul aria-labelledby="strengths-title" data-list="strengths">
              <For each={props.report.strengths}>{(key) => item(key, false)}</For>
            </ul>
          </Show>
        </div>
      </div>
    </section>
  );
}
