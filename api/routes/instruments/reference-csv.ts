import type { FieldError } from "../../lib/problem.ts";

export interface ParsedReference {
  source: string;
  values: Record<string, { mean: number; sd: number | null }>;
}

/** `scale,mean,sd,source` with a header row; comma or semicolon (Danish Excel), decimal comma allowed with semicolons. */
export function parseReferenceCsv(
  text: string,
): { ok: true; value: ParsedReference } | { ok: false; errors: FieldError[] } {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  if (lines.length < 2)
    return {
      ok: false,
      errors: [{ code: "required", path: "body", message: "Need a header row and at least one scale." }],
    };
  const sep = lines[0].includes(";") ? ";" : ",";
  const header = lines[0].split(sep).map((h) => h.trim().toLowerCase().replace(/^"|"$/g, ""));
  const col = (name: string) => header.indexOf(name);
  const missing = ["scale", "mean"].filter((h) => col(h) < 0);
  if (missing.length)
    return {
      ok: false,
      errors: missing.map((h) => ({ code: "required", path: `header.${h}`, message: "Column missing." })),
    };
  const errors: FieldError[] = [];
  const values: ParsedReference["values"] = {};
  let source = "";
  const num = (s: string | undefined) => {
    if (s === undefined || s.trim() === "") return null;
    const n = Number(sep === ";" ? s.trim().replace(",", ".") : s.trim());
    return Number.isFinite(n) ? n : Number.NaN;
  };
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(sep).map((c) => c.trim().replace(/^"|"$/g, ""));
    const row = i + 2;
    const scale = cells[col("scale")];
    const mean = num(cells[col("mean")]);
    const sd = col("sd") >= 0 ? num(cells[col("sd")]) : null;
    if (!scale) errors.push({ code: "required", path: `row.${row}.scale`, message: "Empty." });
    if (mean === null || Number.isNaN(mean) || mean < 0 || mean > 100)
      errors.push({ code: "range", path: `row.${row}.mean`, message: "A number from 0 to 100." });
    if (sd !== null && (Number.isNaN(sd) || sd < 0 || sd > 100))
      errors.push({ code: "range", path: `row.${row}.sd`, message: "A number from 0 to 100." });
    if (col("source") >= 0 && cells[col("source")] && !source) source = cells[col("source")];
    if (scale && mean !== null && !Number.isNaN(mean))
      values[scale] = { mean, sd: sd === null || Number.isNaN(sd) ? null : sd };
  });
  if (!source)
    errors.push({ code: "required", path: "source", message: "Name the source in a source column." });
  return errors.length ? { ok: false, errors } : { ok: true, value: { source, values } };
}
