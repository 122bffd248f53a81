/**
 * The text of a PDF, page by page, through poppler's `pdftotext` (Debian's poppler-utils, which
 * .ci/run installs): what a person reading the printed report sees, footers included. Null where
 * the tool is missing, so that a machine without it says so instead of failing for it.
 */
import { execFileSync } from "node:child_process";

export function pdfPages(pdf: Buffer): string[] | null {
  try {
    const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" });
    // Pages end with a form feed; the last one too.
    return text.split("\f").slice(0, -1);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}
