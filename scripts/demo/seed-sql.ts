/**
 * The demo network as SQL: every row has a fixed id and goes in with INSERT OR IGNORE, so running
 * it twice changes nothing. `scripts/seed.ts` runs it through wrangler; the smoke and browser
 * tests run it straight into their temporary local D1.
 */
import { hashPassword } from "../../api/lib/password.ts";
import { BUILTIN_INSTRUMENT_ID } from "../../api/routes/instruments/instrument-id.ts";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { DEMO_NETWORK_ID, DEMO_PASSWORD, demoCentres, demoRounds, demoUsers } from "./network.ts";
import { demoReferenceSet } from "./reference.ts";
import { demoResponses } from "./responses.ts";
import { demoSeminarTables } from "./seminar.ts";
import { demoWorkshopTables } from "./workshop.ts";

const q = (v: unknown): string => {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  if (v instanceof Uint8Array) return `X'${Buffer.from(v).toString("hex")}'`;
  return `'${String(v).replaceAll("'", "''")}'`;
};
interface Row {
  table: string;
  row: Record<string, unknown>;
}
const insert = (table: string, row: Record<string, unknown>): Row => ({ table, row });

/** Longest statement we build; D1 refuses statements over 100 kB. */
const MAX_STATEMENT = 50_000;

/**
 * Consecutive rows of one table (same columns) go into one multi-row INSERT: a local D1 spends
 * about as long on each statement of a batch as on its rows, so 1,500 single-row statements took
 * half a minute where 16 multi-row ones take a second. Order is kept, so references still resolve.
 */
function toStatements(rows: Row[]): string[] {
  const out: string[] = [];
  let head = "";
  let values: string[] = [];
  let size = 0;
  const flush = () => {
    if (values.length) out.push(`${head} VALUES ${values.join(", ")};`);
    values = [];
    size = 0;
  };
  for (const { table, row } of rows) {
    const rowHead = `INSERT OR IGNORE INTO ${table} (${Object.keys(row)
      .map((k) => `"${k}"`)
      .join(", ")})`;
    const tuple = `(${Object.values(row).map(q).join(", ")})`;
    if (rowHead !== head || size + tuple.length > MAX_STATEMENT) flush();
    head = rowHead;
    values.push(tuple);
    size += tuple.length;
  }
  flush();
  return out;
}

/** The demo network as INSERT OR IGNORE statements (multi-row, in dependency order). */
export async function demoSeedSql(): Promise<string[]> {
  const sql: Row[] = [];
  sql.push(
    insert("networks", {
      id: DEMO_NETWORK_ID,
      name: "AMICA-netværket (demo)",
      min_group_size: 5,
      meaningful_difference: 5,
    }),
    insert("instruments", {
      id: BUILTIN_INSTRUMENT_ID,
      key: builtinInstrument.key,
      version: builtinInstrument.version,
      definition: JSON.stringify(builtinInstrument),
      built_in: true,
    }),
  );
  const ref = demoReferenceSet();
  sql.push(
    insert("reference_sets", {
      id: "demo-reference",
      instrument_id: BUILTIN_INSTRUMENT_ID,
      name: ref.name,
      name_en: ref.nameEn,
      source: ref.source,
      source_en: ref.sourceEn,
      synthetic: true,
      values: JSON.stringify(ref.values),
    }),
    insert("network_reference_sets", {
      network_id: DEMO_NETWORK_ID,
      instrument_id: BUILTIN_INSTRUMENT_ID,
      reference_set_id: "demo-reference",
    }),
  );
  for (const c of demoCentres) {
    sql.push(
      insert("centres", {
        id: c.id,
        network_id: DEMO_NETWORK_ID,
        name: c.name,
        pseudonym: c.pseudonym,
        joined_on: "2007-03-01",
        left_on: c.leftOn ?? null,
      }),
    );
    c.teams.forEach((name, i) => {
      sql.push(
        insert("teams", {
          id: `${c.id}-team-${i + 1}`,
          centre_id: c.id,
          name,
          pseudonym: `T${String(i + 1).padStart(2, "0")}`,
        }),
      );
    });
  }
  for (const u of demoUsers) {
    const pw = await hashPassword(DEMO_PASSWORD);
    sql.push(
      insert("users", {
        id: u.id,
        email: u.email,
        name: u.name,
        password_hash: pw.hash,
        password_salt: pw.salt,
        password_iterations: pw.iterations,
      }),
      insert("memberships", {
        id: `${u.id}-membership`,
        user_id: u.id,
        network_id: DEMO_NETWORK_ID,
        centre_id: u.centreId,
        role: u.role,
      }),
    );
  }
  demoRounds.forEach((r, wave) => {
    // Seeded open: `npm start` closes and publishes them through the API, the path every round takes.
    sql.push(
      insert("rounds", {
        id: r.id,
        network_id: DEMO_NETWORK_ID,
        label: r.label,
        opens_on: r.opensOn,
        closes_on: r.closesOn,
        instrument_id: BUILTIN_INSTRUMENT_ID,
        status: "open",
      }),
    );
    for (const c of demoCentres) {
      if (c.respondents[wave] > 0) {
        sql.push(
          insert("round_centres", {
            round_id: r.id,
            centre_id: c.id,
            invited: Math.round(c.respondents[wave] * 1.25),
            // Everyone asked is the centre's staff for the round: the cap on codes and imports.
            headcount: Math.round(c.respondents[wave] * 1.25),
          }),
        );
      }
    }
  });
  // The first benchmark seminar (Fredericia, October 2007), its practices and results meetings.
  for (const [table, rows] of demoSeminarTables) for (const row of rows) sql.push(insert(table, row));
  // The focal centre's job-satisfaction series: statements, four pooled voting sessions, plans.
  for (const [table, rows] of demoWorkshopTables) for (const row of rows) sql.push(insert(table, row));
  for (const r of demoResponses()) {
    sql.push(
      insert("responses", {
        id: r.id,
        round_id: r.roundId,
        centre_id: r.centreId,
        team_id: r.teamId,
        panel_code: r.panelCode,
        answers: r.packed,
        source: "demo",
        submitted_at: r.submittedAt,
      }),
    );
  }
  return toStatements(sql);
}
