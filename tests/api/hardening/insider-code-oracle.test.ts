/**
 * Issue 12, item 4: the holder of a list of survey codes (who can tie each code to a name) polls
 * `GET /api/v1/survey/{code}` to learn the order in which people answered. This replays that
 * attack through the public routes and shows what it gets now:
 * - a used code answers exactly as a code that was never issued (same status, same body);
 * - every code has a small budget of lookups a day, whoever asks and from whatever address, so a
 *   poller sees at most that many states of each code a day and then only 429s;
 * - the respondent's own device, which holds the submission's key, still gets its receipt.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { LOOKS_PER_CODE_PER_DAY } from "../../../api/routes/survey/survey.service.ts";
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { Client, clients, type Fixture, fixture } from "../helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;
const item = builtinInstrument.items[0].code;

/** A lookup from an address of the holder's choosing: a new one each time, to dodge any per-address count. */
let address = 0;
const look = (code: string) =>
  new Client().call("GET", `/api/v1/survey/${code}`, undefined, {
    "cf-connecting-ip": `10.9.${Math.floor(address / 250)}.${(address++ % 250) + 1}`,
  });
const answer = (code: string, key: string) =>
  new Client().call(
    "POST",
    `/api/v1/survey/${code}/responses`,
    { answers: { [item]: 3 } },
    { "idempotency-key": key, "cf-connecting-ip": "192.0.2.1" },
  );

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label: "Polled",
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA],
  });
  roundId = r.body.id;
  expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/open`)).status).toBe(200);
});

async function issue(n: number): Promise<string[]> {
  const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations`, {
    centreId: f.centreA,
    count: n,
  });
  expect(r.status).toBe(201);
  return r.body.codes;
}

describe("a code list holder polling the survey route", () => {
  it("cannot tell a used code from one never issued", async () => {
    const [code] = await issue(1);
    expect((await answer(code, crypto.randomUUID())).status).toBe(201);
    const used = await look(code);
    const never = await look("ZZZZZZZZZZ");
    expect(used.status).toBe(404);
    expect(never.status).toBe(404);
    expect(used.body).toEqual(never.body);
    expect(used.headers.get("content-type")).toBe(never.headers.get("content-type"));
  });

  it("learns the order of use only for as many looks as a code allows a day, from any number of addresses", {
    timeout: 120_000,
  }, async () => {
    const list = await issue(8);
    // The true order: people answer one after another, the holder polls every code between answers.
    const truth = [5, 2, 7, 0, 3, 6, 1, 4].map((i) => list[i] as string);
    const keys = new Map(truth.map((code) => [code, crypto.randomUUID()]));
    const firstSeenUsed = new Map<string, number>();
    const statuses = new Map<string, number[]>(list.map((code) => [code, []]));
    const ticks = truth.length * 2 + 4;
    for (let tick = 0; tick < ticks; tick++) {
      // Every other tick, the next person answers.
      const next = tick % 2 === 1 ? truth[(tick - 1) / 2] : undefined;
      if (next) expect((await answer(next, keys.get(next) as string)).status).toBe(201);
      for (const code of list) {
        const r = await look(code);
        statuses.get(code)?.push(r.status);
        if (r.status === 404 && !firstSeenUsed.has(code)) firstSeenUsed.set(code, tick);
      }
    }
    // Each code told the holder something at most LOOKS_PER_CODE_PER_DAY times; the rest were 429s.
    for (const [, seen] of statuses) {
      expect(seen.filter((s) => s !== 429).length).toBeLessThanOrEqual(LOOKS_PER_CODE_PER_DAY);
      expect(seen.slice(LOOKS_PER_CODE_PER_DAY).every((s) => s === 429)).toBe(true);
    }
    // The holder's best guess of the order: by the tick each code first looked used.
    const guessed = [...firstSeenUsed.entries()].sort((a, b) => a[1] - b[1]).map(([code]) => code);
    const placed = guessed.filter((code, i) => truth[i] === code).length;
    // Only those who answered while the codes still had looks left can be placed; the others not.
    expect(guessed.length).toBeLessThan(truth.length);
    expect(placed).toBeLessThan(truth.length);
    const lastPlaceable = Math.floor((LOOKS_PER_CODE_PER_DAY - 1) / 2) + 1;
    expect(guessed.length).toBeLessThanOrEqual(lastPlaceable);

    // Meanwhile each respondent's own device, holding its key, still gets its receipt.
    for (const code of truth) {
      const again = await answer(code, keys.get(code) as string);
      expect(again.status).toBe(201);
      expect(again.body.received).toBe(true);
    }
  });

  it("cannot probe with bad answers instead: a 422 spends the same looks", async () => {
    const [unused] = await issue(1);
    const statuses: number[] = [];
    for (let i = 0; i < LOOKS_PER_CODE_PER_DAY + 3; i++) {
      const r = await new Client().call(
        "POST",
        `/api/v1/survey/${unused}/responses`,
        { answers: { [item]: 999 } },
        { "idempotency-key": crypto.randomUUID(), "cf-connecting-ip": `10.8.0.${i + 1}` },
      );
      statuses.push(r.status);
    }
    expect(statuses.slice(0, LOOKS_PER_CODE_PER_DAY).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(LOOKS_PER_CODE_PER_DAY).every((s) => s === 429)).toBe(true);
  });
});
