/** Saving text the page made (a CSV of codes, an import template) as a file. */
import { saveFile } from "../../lib/save-file.ts";

export function downloadText(text: string, filename: string, type: string): void {
  saveFile(new Blob([text], { type }), filename);
}

/** A file name from free text: "4. måling, 2011" → "4-maling-2011". */
export const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "oe")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "codes";
