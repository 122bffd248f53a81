/**
 * The demo seminar's rows (scripts/demo/seminar.ts), inserted the way the seed script does, read
 * back through the API: they fit the schema, the FTS triggers index them, and the rules hold.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BUILTIN_INSTRUMENT_ID,
  ensureBuiltinStatement,
} from "../../api/routes/instruments/instruments.service.ts";
import { DEMO_NETWORK_ID, demoCentres, demoRounds } from "../../scripts/demo/network.ts";
import { DEMO_SEMINAR_ID, demoSeminarTables } from "../../scripts/demo/seminar.ts";
import { clients, type Fixture, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;

const insert = (table: string, row: Record<string, unknown>) =>
  env.DB.prepare(
    `INSERT OR IGNORE INTO ${table} (${Object.keys(row).join(", ")}) VALUES (${Object.keys(row)
      .map(() => "?")
      .join(", ")})`,
  ).bind(...Object.values(row));

beforeAll(async () => {
  f = await fixture();
  const ids = Object.fromEntries(
    (await env.DB.prepare("SELECT id, email FROM users").all<{ id: string; email: string }>()).results.map(
      (u) => [u.email, u.id],
    ),
  );
  const statements = [
    insert("networks", { id: DEMO_NETWORK_ID, name: "AMICA (demo)" }),
    ensureBuiltinStatement(env.DB),
    ...demoCentres.map((centre) =>
      insert("centres", {
        id: centre.id,
        network_id: DEMO_NETWORK_ID,
        name: centre.name,
        pseudonym: centre.pseudonym,
      }),
    ),
    ...demoRounds.flatMap((r, wave) => [
      insert("rounds", {
        id: r.id,
        network_id: DEMO_NETWORK_ID,
        label: r.label,
        opens_on: r.opensOn,
        closes_on: r.closesOn,
        instrument_id: BUILTIN_INSTRUMENT_ID,
        status: "published",
        closed_at: `${r.closesOn}T12:00:00.000Z`,
        published_at: `${r.closesOn}T13:00:00.000Z`,
      }),
      ...demoCentres
        .filter((centre) => centre.respondents[wave] > 0)
        .map((centre) => insert("round_centres", { round_id: r.id, centre_id: centre.id })),
    ]),
    ...(
      [
        [f.emails.coordinator, "coordinator", null],
        [f.emails.facilitatorA, "facilitator", "demo-c01"],
        [f.emails.facilitatorB, "facilitator", "demo-c02"],
      ] as const
    ).map(([email, role, centreId]) =>
      insert("memberships", {
        id: `demo-m-${role}-${centreId}`,
        user_id: ids[email],
        network_id: DEMO_NETWORK_ID,
        centre_id: centreId,
        role,
      }),
    ),
    ...demoSeminarTables.flatMap(([table, rows]) => rows.map((row) => insert(table, row))),
  ];
  await env.DB.batch(statements);
  c = await clients(f);
});

describe("the demo's first benchmark seminar", () => {
  it("is listed for the demo network: Fredericia, 9–10 October 2007", async () => {
    const r = await c.coordinator.get(`/api/v1/networks/${DEMO_NETWORK_ID}/seminars`);
    expect(r.status).toBe(200);
    expect(r.body[0]).toMatchObject({
      id: DEMO_SEMINAR_ID,
      place: "Fredericia",
      startsOn: "2007-10-09",
      endsOn: "2007-10-10",
      participants: [{ name: "Borgerservice" }],
    });
    expect(r.body[0].purpose).toContain("netværket");
  });

  it("holds what others asked the focal centre for and what it took home", async () => {
    const r = await c.facilitatorA.get(`/api/v1/seminars/${DEMO_SEMINAR_ID}`);
    const byKind = (kind: string) =>
      r.body.contributions
        .filter((x: { kind: string }) => x.kind === kind)
        .map((x: { text: string }) => x.text);
    expect(byKind("requested")).toHaveLength(3);
    expect(byKind("requested")[2]).toBe("Rekruttering og fastholdelse");
    expect(byKind("took-home")).toEqual(["Sundhedssamtaler", "Målinger som et positivt arbejdsredskab"]);
  });

  it("keeps the focal centre's name from another centre's facilitator", async () => {
    const r = await c.facilitatorB.get(`/api/v1/seminars/${DEMO_SEMINAR_ID}`);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).not.toContain("Borgerservice");
    const practices = await c.facilitatorB.get(`/api/v1/networks/${DEMO_NETWORK_ID}/practices`);
    const named = practices.body.filter((p: { centre: unknown }) => p.centre !== null);
    expect(named.map((p: { title: string }) => p.title).sort()).toEqual([
      "Kodeks for god borgerservice",
      "Kodeks for god ledelse",
    ]);
  });

  it("puts its practices in the search index", async () => {
    const r = await c.facilitatorB.get(`/api/v1/networks/${DEMO_NETWORK_ID}/practices?q=samtale`);
    expect(r.body.map((p: { title: string }) => p.title)).toEqual(["Sundhedssamtaler"]);
    const draft = await c.facilitatorB.get("/api/v1/practices/demo-practice-6/plan-draft");
    expect(draft.body.actions).toHaveLength(5);
  });

  it("shows the focal centre's 2007 cycle with its results meeting and seminar done", async () => {
    const r = await c.facilitatorA.get(`/api/v1/centres/demo-c01/cycle?roundId=${demoRounds[0].id}`);
    expect(r.status).toBe(200);
    const status = Object.fromEntries(
      r.body.steps.map((s: { key: string; status: string }) => [s.key, s.status]),
    );
    expect(status).toMatchObject({ survey: "done", results: "done", seminar: "done", "follow-up": "done" });
  });
});
