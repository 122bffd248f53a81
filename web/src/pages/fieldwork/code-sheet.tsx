import { createSignal, For, onMount, Show } from "solid-js";
import { t, tp } from "../../lib/i18n.ts";
import { downloadText, slug } from "./download-text.ts";
import { type CodeBatch, codesCsv, groupedCode, qrSvg, surveyLink } from "./invitation-sheet-data.ts";

/** One slip: the link and its QR code, and the code to type for those who prefer to. */
function Slip(props: { code: string; batch: CodeBatch }) {
  const [svg, setSvg] = createSignal("");
  onMount(() => {
    qrSvg(surveyLink(props.code)).then(setSvg, () => setSvg(""));
  });
  return (
    <li class="slip">
      <p class="slip__title">{t("survey.sheet.slipTitle")}</p>
      <p class="slip__meta">
        {props.batch.roundLabel} · {props.batch.centreName}
        <Show when={props.batch.teamName}> · {props.batch.teamName}</Show>
      </p>
      <div class="slip__body">
        {/* The SVG is drawn by the qrcode library from the link: no outside markup goes in. */}
        <span class="slip__qr" role="img" aria-label={t("survey.sheet.qrLabel")} innerHTML={svg()} />
        <div class="slip__text">
          <p>{t("survey.sheet.scan")}</p>
          <p class="slip__link">{surveyLink(props.code)}</p>
          <p>{t("survey.sheet.orType", { site: `${location.origin}/s` })}</p>
          <p class="slip__code">{groupedCode(props.code)}</p>
        </div>
      </div>
      <p class="slip__note">{t("survey.sheet.anonymous")}</p>
    </li>
  );
}

/**
 * The codes just made, shown this once: a printable sheet of slips (the print stylesheet prints
 * the slips alone) and a CSV for a mail merge.
 */
export function CodeSheet(props: { batch: CodeBatch; onDismiss: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const download = () =>
    downloadText(
      codesCsv(props.batch),
      `${slug(`${props.batch.roundLabel} ${props.batch.centreName} ${props.batch.teamName ?? ""}`)}.csv`,
      "text/csv;charset=utf-8",
    );
  return (
    <section class="code-sheet" aria-labelledby="code-sheet-title">
      <div class="no-print">
        <h2 id="code-sheet-title" ref={heading} tabindex="-1">
          {tp("survey.sheet.count", props.batch.codes.length)}
        </h2>
        <p class="notice">{t("survey.sheet.once")}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            {t("survey.sheet.print")}
          </button>
          <button type="button" class="button button--secondary" onClick={download}>
            {t("survey.sheet.csv")}
          </button>
          <button type="button" class="button button--secondary" onClick={() => props.onDismiss()}>
            {t("survey.sheet.dismiss")}
          </button>
        </div>
      </div>
      <ol class="slip-sheet">
        <For each={props.batch.codes}>{(code) => <Slip code={code} batch={props.batch} />}</For>
      </ol>
    </section>
  );
}
