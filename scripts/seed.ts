/**
 * Seeds the demo network into a local D1, once: every row has a fixed id and goes in with
 * INSERT OR IGNORE, so a second run changes nothing and a demo someone has edited stays edited.
 * Usage: tsx scripts/seed.ts [--persist-to DIR]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashPassword } from "../api/lib/password.ts";
import { BUILTIN_INSTRUMENT_ID } from "../api/routes/instruments/instrument-id.ts";
import { builtinInstrument } from "../shared/instrument/index.ts";
import { DEMO_NETWORK_ID, DEMO_PASSWORD, demoCentres, demoRounds, demoUsers } from "./demo/network.ts";
import { demoReferenceSet } from "./demo/reference.ts";
import { demoResponses } from "./demo/responses.ts";
import { demoSeminarTables } from "./demo/seminar.ts";
import { demoWorkshopTables } from "./demo/workshop.ts";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const persistAt = args.indexOf("--persist-to");
const persist = persistAt >= 0 ? ["--persist-to", args[persistAt + 1]] : [];

const q = (v: unknown): string => {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  if (v instanceof Uint8Array) return `X'${Buffer.from(v).toString("hex")}'`;
  return `'${String(v).replaceAll("'", "''")}'`;
};
const insert = (table: string, row: Record<string, unknown>) =>
  `INSERT OR IGNORE INTO ${table} (${Object.keys(row)
    .map((k) => `"${k}"`)
    .join(", ")}) VALUES (${Object.values(row).map(q).join(", ")});`;

async function buildSql(): Promise<string[]> {
  const sql: string[] = [];
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
      source: ref.source,
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
  return sql;
}

const dir = join(root, ".wrangler", "seed");
mkdirSync(dir, { recursive: true });
const file = join(dir, "demo.sql");
writeFileSync(file, `${(await buildSql()).join("\n")}\n`);
execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", "--file", file, ...persist], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" },
});
console.log("demo network seeded");
