/**
 * Two insider attacks on the research exports (issue 12, items 4 and 5), replayed on a fresh
 * network through the public routes: codes issued by the coordinator, answers given through the
 * survey route, rounds closed and published, exports read with a research token.
 *
 * - Submission order: whoever holds the code list can learn the order in which named people
 *   answered. If the respondent export listed rows in that order, the list holder could read each
 *   named person's raw answers off it. The export's order must be independent of it, and no output
 *   may carry a time finer than the round.
 * - Panel linkage: a team hidden in round 1 (under the minimum) is shown in round 2; its members
 *   give the same panel code both times. Following the codes from round 2 back to round 1 must not
 *   single out the hidden team's round-1 rows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { Client, clients, type Fixture, fixture } from "../helpers.ts";
import { csvObjects, download, lcg, newToken } from "../research-helpers.ts";

const def = builtinInstrument;
const MIN = 5;

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let token: string;
let ip = 0;

/** One person's answers: every item, from the generator, so that each row is recognisable. */
function answersOf(rand: () => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of def.items) {
    const k = def.responseSets[item.responseSet].options.length;
    out[item.code] = 1 + Math.floor(rand() * k);
  }
  return out;
}
const fingerprint = (row: Record<string, unknown>) =>
  def.items.map((i) => String(row[i.code] ?? "")).join("");

async function openRound(label: string, opensOn: string) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn,
    closesOn: opensOn.replace(/-\d\d$/, "-28"),
    centreIds: [f.centreA],
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  expect((await c.coordinator.post(`/api/v1/rounds/${r.body.id}/open`)).status).toBe(200);
  return r.body.id as string;
}

async function codesFor(roundId: string, teamId: string | null, count: number): Promise<string[]> {
  const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations`, {
    centreId: f.centreA,
    ...(teamId ? { teamId } : {}),
    count,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.codes as string[];
}

/** Answers through the survey route, each respondent from its own address (as on their phones). */
async function answer(code: string, answers: Record<string, number>, panelCode: string | null = null) {
  const r = await new Client().call(
    "POST",
    `/api/v1/survey/${code}/responses`,
    { answers, panelCode },
    { "idempotency-key": crypto.randomUUID(), "cf-connecting-ip": `198.51.100.${++ip % 250}` },
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
}

async function closeAndPublish(roundId: string) {
  expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/close`)).status).toBe(200);
  expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/publish`)).status).toBe(200);
}

const exportText = async (what: string, format: string) => {
  const r = await download(`/api/v1/networks/${f.networkId}/export/${what}?format=${format}`, { token });
  expect(r.status, r.text).toBe(200);
  return r.text;
};

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  token = (await newToken(c.coordinator, f.networkId)).token;
});

describe("insider attack: the order in which named people answered", () => {
  let roundId: string;
  /** Fingerprints of the answers in the order they were submitted. */
  const submitted: string[] = [];

  beforeAll(async () => {
    roundId = await openRound("Order test", "2031-03-01");
    const codes = await codesFor(roundId, null, 12);
    const rand = lcg(4);
    // The list holder polls the codes and learns this order, person by person.
    for (const code of codes) {
      const a = answersOf(rand);
      submitted.push(fingerprint(a));
      await answer(code, a);
    }
    await closeAndPublish(roundId);
  });

  it("the respondent export's order is not the submission order, and repeats in every export", async () => {
    const rows = csvObjects(await exportText("responses", "csv")).filter((r) => r.round === roundId);
    const order = rows.map((r) => submitted.indexOf(fingerprint(r)));
    expect([...order].sort((a, b) => a - b)).toEqual(submitted.map((_, i) => i));
    // 12 rows: the chance that a random order is the submission order (or its reverse) is 2/12!.
    expect(order).not.toEqual(submitted.map((_, i) => i));
    expect(order).not.toEqual(submitted.map((_, i) => submitted.length - 1 - i));
    // The order comes from the rows, not from the request: the same in JSON and NDJSON.
    const json = (JSON.parse(await exportText("responses", "json")) as Record<string, unknown>[]).filter(
      (r) => r.round === roundId,
    );
    expect(json.map((r) => submitted.indexOf(fingerprint(r)))).toEqual(order);
  });

  it("the export's order is independent of the submission order: the same answers sent in reverse come out in an unrelated order", async () => {
    // Whatever ordered the rows by time would give the reverse order here; a secret order gives
    // one unrelated to both submissions.
    const second = await openRound("Order test, reversed", "2031-06-01");
    const codes = await codesFor(second, null, 12);
    const rand = lcg(4);
    const answers = submitted.map(() => answersOf(rand));
    for (let i = codes.length - 1; i >= 0; i--)
      await answer(codes[i] as string, answers[i] as Record<string, number>);
    await closeAndPublish(second);
    const rows = csvObjects(await exportText("responses", "csv"));
    const first = rows.filter((r) => r.round === roundId).map((r) => submitted.indexOf(fingerprint(r)));
    const reversed = rows.filter((r) => r.round === second).map((r) => submitted.indexOf(fingerprint(r)));
    expect(reversed).toHaveLength(12);
    expect(reversed).not.toEqual([...first].reverse());
    expect(reversed).not.toEqual(first);
  });

  it("no export carries a time finer than the round: only the rounds' dates, no time of day", async () => {
    const rounds = await c.coordinator.get(`/api/v1/networks/${f.networkId}/rounds`);
    const list = (Array.isArray(rounds.body) ? rounds.body : rounds.body.items) as { opensOn: string }[];
    const dates = new Set(list.map((r) => r.opensOn));
    for (const what of ["responses", "scales", "value-most", "participation"])
      for (const format of ["csv", "json", "ndjson"]) {
        const text = await exportText(what, format);
        expect(text, `${what} ${format}`).not.toMatch(/\d\d:\d\d/);
        for (const d of text.match(/\d{4}-\d\d-\d\d/g) ?? [])
          expect(dates.has(d), `${what}: ${d}`).toBe(true);
      }
  });
});

describe("insider attack: panel codes tie a hidden team's rows to it through another round", () => {
  let one: string;
  let two: string;
  let hiddenTeam: string;
  /** Fingerprints of the hidden team's round-1 answers: the planted truth. */
  const truth = new Set<string>();

  beforeAll(async () => {
    const made = async (name: string) => {
      const r = await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, { name });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    hiddenTeam = await made("Planted");
    const shownTeam = await made("Shown");
    const rand = lcg(12);
    // Round 1: T01 6, the planted team 2 (hidden; T01, the next smallest, is hidden with it, else
    // it would follow from the centre), the shown team 7. Everyone gives a panel code.
    one = await openRound("Panel wave 1", "2032-03-01");
    const plan1: [string, number, string][] = [
      [f.teamA1, 6, "a"],
      [hiddenTeam, 2, "h"],
      [shownTeam, 7, "s"],
    ];
    for (const [team, n, tag] of plan1) {
      const codes = await codesFor(one, team, n);
      for (let i = 0; i < n; i++) {
        const a = answersOf(rand);
        if (team === hiddenTeam) truth.add(fingerprint(a));
        await answer(codes[i] as string, a, `panel-${tag}-${i}`);
      }
    }
    await closeAndPublish(one);
    // Round 2: every team at 7; the planted team's two members among them, with their codes.
    two = await openRound("Panel wave 2", "2033-03-01");
    for (const [team, , tag] of plan1) {
      const codes = await codesFor(two, team, 7);
      for (let i = 0; i < 7; i++) await answer(codes[i] as string, answersOf(rand), `panel-${tag}-${i}`);
    }
    await closeAndPublish(two);
  });

  it("following the codes back from the round where the team is shown finds none of its round-1 rows", async () => {
    const rows = csvObjects(await exportText("responses", "csv"));
    const r1 = rows.filter((r) => r.round === one);
    const r2 = rows.filter((r) => r.round === two);
    expect(r1).toHaveLength(15);
    expect(r2).toHaveLength(21);
    const teamOf = new Map(r2.filter((r) => r.panel_code).map((r) => [r.panel_code, r.team]));
    const hiddenPseudonym = r2.find((r) => r.panel_code === "panel-h-0")?.team;
    expect(hiddenPseudonym).toBeTruthy();
    // The attack: round-1 rows whose code shows up under the team in round 2.
    const linked = r1.filter((r) => r.panel_code && teamOf.get(r.panel_code) === hiddenPseudonym);
    expect(linked).toHaveLength(0);
    // Nor any other way to split round 1 by what the export says about a row (its team, and the
    // team its code leads to): every part has at least the minimum, and none is the planted team.
    const parts = new Map<string, Set<string>>();
    for (const r of r1) {
      const key = `${r.team}|${(r.panel_code && teamOf.get(r.panel_code)) ?? "-"}|${r.panel_code ? "code" : ""}`;
      parts.set(key, (parts.get(key) ?? new Set()).add(fingerprint(r)));
    }
    for (const [key, set] of parts) {
      expect(set.size, key).toBeGreaterThanOrEqual(MIN);
      expect([...truth].every((t) => set.has(t)) && set.size === truth.size, key).toBe(false);
    }
  });

  it("the rows left without a team carry no panel code; teams shown in both rounds keep theirs", async () => {
    const rows = csvObjects(await exportText("responses", "csv"));
    const r1 = rows.filter((r) => r.round === one);
    const blank = r1.filter((r) => r.team === "");
    expect(blank).toHaveLength(8);
    for (const r of blank) expect(r.panel_code).toBe("");
    // The shown team's codes still link its people across the two rounds.
    const shown = rows.filter((r) => r.panel_code.startsWith("panel-s-"));
    expect(shown).toHaveLength(14);
    expect(new Set(shown.map((r) => r.team)).size).toBe(1);
    // JSON and NDJSON say the same.
    const json = (JSON.parse(await exportText("responses", "json")) as Record<string, unknown>[]).filter(
      (r) => r.round === one && r.team === null,
    );
    expect(json.every((r) => r.panel_code === null)).toBe(true);
    const nd = (await exportText("responses", "ndjson")).split("\n").filter((l) => l.includes(`"${one}"`));
    expect(nd).toHaveLength(15);
    for (const line of nd) expect(line).not.toMatch(/panel-[ah]-/);
  });

  it("the hidden team's round-1 figures appear nowhere else either", async () => {
    const scales = csvObjects(await exportText("scales", "csv")).filter((r) => r.round === one);
    const teams = new Set(scales.map((r) => r.team).filter(Boolean));
    // T01 and the planted team are hidden in round 1; only the shown team has team rows.
    expect(teams.size).toBe(1);
    for (const r of scales) expect(Number(r.n)).toBeGreaterThanOrEqual(MIN);
  });
});
