/**
 * Import of 10,000 responses through the API (`POST /api/v1/rounds/:roundId/responses/import`,
 * text/csv), into a fresh open round of the demo network, timed from the first byte sent to the
 * JSON answer. Each run sends a different file (another seed), so none is refused as a duplicate.
 *
 * The floor: a plain insert of the same rows (read back from D1 after the import: the same ids,
 * answers and columns, and the import's own record) into a copy of the same D1 database, taken
 * before the imports, with better-sqlite3: one prepared INSERT per row in one transaction.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { demoCentres } from "../../scripts/demo/network.ts";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { instrumentIndex } from "../../shared/instrument/instrument-index.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { median } from "../timing.ts";
import { type BenchServer, signIn } from "./server.ts";

export interface ImportRunResult {
  rows: number;
  bytes: number;
  apiMs: number;
  floorMs: number;
}

export interface ImportBench {
  rows: number;
  items: number;
  bytes: number;
  centres: number;
  runs: ImportRunResult[];
  apiRowsPerSecond: number;
  floorRowsPerSecond: number;
  /** Median over runs of (API time ÷ floor time of the same rows). */
  ratio: number;
  databaseRows: number;
}

const teamsOf = (c: (typeof demoCentres)[number]) =>
  c.teams.map((name, i) => ({ id: `${c.id}-team-${i + 1}`, name }));

/** A CSV as another survey tool would write it: centre pseudonym, team name, panel code, items, value-most. */
export function importCsv(rows: number, seed: number, centres: typeof demoCentres): string {
  const index = instrumentIndex(def);
  const teamsPerCentre = 5;
  const round = syntheticRound(def, {
    respondents: rows,
    centres: centres.length,
    teamsPerCentre,
    missing: 0.03,
    noTeam: 0.05,
    seed,
  });
  const header = ["centre", "team", "panel_code", ...index.itemCodes, def.multipleChoice.code];
  const lines = [header.join(",")];
  const width = index.width;
  for (let r = 0; r < rows; r++) {
    const c = round.centre[r] as number;
    const centre = centres[c] as (typeof demoCentres)[number];
    const t = round.team[r] as number;
    const teams = teamsOf(centre);
    const team = t < 0 ? "" : (teams[(t % teamsPerCentre) % teams.length]?.name ?? "");
    const panel = r % 10 === 0 ? `P${seed}-${r}` : "";
    const cells = [centre.pseudonym, team, panel];
    for (let s = 0; s < index.itemCodes.length; s++) {
      const code = round.packed[r * width + s] as number;
      cells.push(code ? String(code) : "");
    }
    const chosen: string[] = [];
    for (let k = 0; k < index.choiceKeys.length; k++)
      if (round.packed[r * width + index.choiceOffset + k]) chosen.push(index.choiceKeys[k] as string);
    cells.push(chosen.join("|"));
    lines.push(cells.join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

const RESPONSE_COLUMNS =
  "id, round_id, centre_id, team_id, panel_code, answers, open_answers, source, import_id, idempotency_key, submitted_at";
const IMPORT_COLUMNS = "id, round_id, content_hash, filename, row_count, created_by, created_at";

export async function runImport(
  server: BenchServer,
  opts: { rows?: number; runs?: number; log?: (line: string) => void } = {},
): Promise<ImportBench> {
  const rows = opts.rows ?? 10_000;
  const runs = opts.runs ?? 3;
  const log = opts.log ?? (() => {});
  const { base } = server;
  const cookie = await signIn(base, "coordinator@example.org");
  const headers = { cookie, origin: base };

  const today = new Date().toISOString().slice(0, 10);
  const centres = demoCentres.filter((c) => !c.leftOn || c.leftOn > today);
  const created = await fetch(`${base}/api/v1/networks/demo-network/rounds`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({
      label: "Import benchmark",
      opensOn: today,
      closesOn: new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10),
      centreIds: centres.map((c) => c.id),
    }),
  });
  if (created.status !== 201) throw new Error(`create round: ${created.status} ${await created.text()}`);
  const roundId = ((await created.json()) as { id: string }).id;
  const opened = await fetch(`${base}/api/v1/rounds/${roundId}/open`, { method: "POST", headers });
  if (!opened.ok) throw new Error(`open round: ${opened.status} ${await opened.text()}`);

  // The floor's database: the same D1 file as it is now, before any import.
  const dir = mkdtempSync(join(tmpdir(), "amica-bench-import-"));
  const copyFile = join(dir, "floor.sqlite");
  const live = new Database(server.d1File, { readonly: true });
  await live.backup(copyFile);
  const copy = new Database(copyFile);
  copy.pragma("journal_mode = WAL");
  const insertResponse = copy.prepare(
    `INSERT INTO responses (${RESPONSE_COLUMNS}) VALUES (${RESPONSE_COLUMNS.split(",")
      .map(() => "?")
      .join(", ")})`,
  );
  const insertImport = copy.prepare(
    `INSERT INTO imports (${IMPORT_COLUMNS}) VALUES (${IMPORT_COLUMNS.split(",")
      .map(() => "?")
      .join(", ")})`,
  );
  const readImport = live.prepare(
    `SELECT ${IMPORT_COLUMNS} FROM imports WHERE round_id = ? AND content_hash = ?`,
  );
  const readRows = live.prepare(
    `SELECT ${RESPONSE_COLUMNS} FROM responses WHERE import_id = ? ORDER BY rowid`,
  );

  const results: ImportRunResult[] = [];
  let bytes = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const csv = importCsv(rows, 4000 + run, centres);
      const body = new TextEncoder().encode(csv);
      bytes = body.length;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/rounds/${roundId}/responses/import`, {
        method: "POST",
        headers: { ...headers, "content-type": "text/csv; charset=utf-8" },
        body,
      });
      const answer = (await res.json()) as {
        imported?: number;
        rejectedCount?: number;
        rejected?: unknown[];
      };
      const apiMs = performance.now() - t0;
      if (res.status !== 201 || answer.imported !== rows)
        throw new Error(
          `import run ${run + 1}: ${res.status} ${JSON.stringify(answer).slice(0, 600)} (expected 201 with ${rows} imported)`,
        );

      // The same rows, as D1 stored them, inserted plainly into the copy.
      const hash = createHash("sha256").update(body).digest("hex");
      const record = readImport.get(roundId, hash) as Record<string, unknown>;
      const stored = readRows.raw().all(record.id) as unknown[][];
      if (stored.length !== rows) throw new Error(`import run ${run + 1}: ${stored.length} rows in D1`);
      const f0 = performance.now();
      copy.transaction(() => {
        insertImport.run(...IMPORT_COLUMNS.split(", ").map((c) => record[c]));
        for (const row of stored) insertResponse.run(...row);
      })();
      const floorMs = performance.now() - f0;
      results.push({ rows, bytes, apiMs, floorMs });
      log(
        `import: run ${run + 1}: API ${(apiMs / 1000).toFixed(2)} s (${Math.round((rows / apiMs) * 1000)} rows/s), plain insert ${floorMs.toFixed(0)} ms`,
      );
    }
  } finally {
    copy.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const databaseRows = (live.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n;
  live.close();
  const api = median(results.map((r) => r.apiMs));
  const floor = median(results.map((r) => r.floorMs));
  return {
    rows,
    items: def.items.length,
    bytes,
    centres: centres.length,
    runs: results,
    apiRowsPerSecond: (rows / api) * 1000,
    floorRowsPerSecond: (rows / floor) * 1000,
    ratio: median(results.map((r) => r.apiMs / r.floorMs)),
    databaseRows,
  };
}
