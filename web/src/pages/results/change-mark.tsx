import { Show } from "solid-js";
import { readChange } from "../../../../shared/scoring/benchmark.ts";
import { arrowGlyph, changeColour } from "../../charts/palette.ts";
import { fmtNumber, t } from "../../lib/i18n.ts";
import { score, signed } from "./format.ts";
import type { ScaleRow } from "./results-data.ts";

/**
 * A scale's change since the last round, in the benchmark table: an arrow the way the score moved,
 * coloured and worded by whether that is better for the scale, the difference, and last round's
 * score; "meaningful" only where the threshold and the test agree; and the smallest difference the
 * two rounds' n could have detected, so that a change below it is not read as news. It is the
 * short form beside last round's score ("forrige 70,5 · mpf 10,3", the abbreviation explained once
 * above the tables, the full words for screen readers): in words it took four lines of the change
 * column at 1280 px, on paper a line more in every row pushed the 2008 report past eight pages,
 * and a column of its own pushed the table off the page.
 */
export function ChangeMark(props: { scale: ScaleRow; threshold: number }) {
  return (
    <Show
      when={props.scale.change && props.scale.centre ? props.scale : null}
      fallback={<span class="muted">–</span>}
    >
      {(s) => {
        const c = () => s().change as NonNullable<ScaleRow["change"]>;
        const reading = () => readChange(c(), s().centre?.mean ?? 0, s().polarity, props.threshold);
        return (
          <span
            class="change"
            classList={{ "change--meaningful": reading().meaningful }}
            data-change={reading().verdict}
            style={{ color: changeColour[reading().verdict] }}
          >
            <span aria-hidden="true">{arrowGlyph[reading().direction]} </span>
            {signed(reading().shown)}
            <span class="ci change__verdict">
              {t(`results.change.verdict.${reading().verdict}`)}
              <Show when={reading().meaningful}> · {t("results.change.meaningfulShort")}</Show>
            </span>
            <span class="ci change__from">
              {t("results.change.from", { value: score(c().previousMean) })}
              <Show when={c().mdd ?? null}>
                {(mdd) => (
                  <span class="change__mdd" data-mark="mdd">
                    {/* Seen: "· mpf 4,1" (the abbreviation on hover and in the legend above the
                        tables); heard: the words in full. */}{" "}
                    <span aria-hidden="true" class="change__mdd-short">
                      {"· "}
                      <abbr title={t("results.change.mddAbbrTitle")}>{t("results.change.mddAbbr")}</abbr>
                      {`\u00a0${fmtNumber(mdd(), 1)}`}
                    </span>
                    <span class="visually-hidden">
                      , {t("results.change.mdd", { value: fmtNumber(mdd(), 1) })}
                    </span>
                  </span>
                )}
              </Show>
            </span>
          </span>
        );
      }}
    </Show>
  );
}
