/**
 * What a batch of new codes becomes for handing out: the survey link of each code, the code as a
 * person types it, a QR code (drawn here in the browser, as an SVG string) and a CSV for mail merge.
 */
import { toString as qrToString } from "qrcode";

export interface CodeBatch {
  codes: string[];
  roundLabel: string;
  centreName: string;
  teamName: string | null;
}

/** The link a respondent opens: the survey page of this very site. */
export const surveyLink = (code: string) => `${location.origin}/s/${encodeURIComponent(code)}`;

/** "ABCDEFGHJK" → "ABCDE-FGHJK": easier to read off a slip; the survey accepts it with or without. */
export const groupedCode = (code: string) => code.match(/.{1,5}/g)?.join("-") ?? code;

/** A QR code of the link as an SVG document (scales to any print size without blurring). */
export function qrSvg(text: string): Promise<string> {
  return qrToString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}

const cell = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * RFC 4180 CSV with a BOM (so that Excel reads it as UTF-8): one row per code with its link,
 * centre and team, ready for a mail merge.
 */
export function codesCsv(batch: CodeBatch): string {
  const rows = [
    ["code", "link", "round", "centre", "team"],
    ...batch.codes.map((code) => [
      code,
      surveyLink(code),
      batch.roundLabel,
      batch.centreName,
      batch.teamName ?? "",
    ]),
  ];
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
