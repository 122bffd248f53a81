import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument, instrumentDefinitionSchema } from "../../shared/instrument/index.ts";
import { Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;

const BUILTIN = `builtin-${builtinInstrument.key}-${builtinInstrument.version}`;
const item = builtinInstrument.items[0].code;
const mc = builtinInstrument.multipleChoice;
const key = () => crypto.randomUUID();

async function sha256(text: string) {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function newRound(label: string, open = true) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA, f.centreB],
  });
  if (open) expect((await c.coordinator.post(`/api/v1/rounds/${r.body.id}/open`)).status).toBe(200);
  return r.body.id as string;
}

async function codes(n: number, round = roundId, teamId?: string): Promise<string[]> {
  const r = await c.coordinator.post(`/api/v1/rounds/${round}/invitations`, {
    centreId: f.centreA,
    teamId,
    count: n,
  });
  expect(r.status).toBe(201);
  return r.body.codes;
}

/** An anonymous respondent, optionally behind its own address. */
function respondent(ip?: string) {
  const client = new Client();
  const submit = (code: string, body: unknown, idempotencyKey: string | null = key()) =>
    client.call("POST", `/api/v1/survey/${code}/responses`, body, {
      ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      ...(ip ? { "cf-connecting-ip": ip } : {}),
    });
  const open = (code: string) =>
    client.call("GET", `/api/v1/survey/${code}`, undefined, ip ? { "cf-connecting-ip": ip } : {});
  return { submit, open };
}
const anon = respondent();

const responseCount = async (round = roundId) =>
  (
    await env.DB.prepare("SELECT count(*) AS n FROM responses WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>()
  )?.n;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  roundId = await newRound("Spring 2031");
});

describe("GET /api/v1/survey/:code", () => {
  it("gives the round's label and closing date and the instrument, nothing else", async () => {
    const [code] = await codes(1);
    const r = await anon.open(code);
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(["instrument", "round", "support"]);
    // Settings, not figures: the centre's support line (none set: the default) and the threshold.
    expect(r.body.support).toEqual({ text: { da: null, en: null }, threshold: 5 });
    expect(r.body.round).toEqual({ label: "Spring 2031", closesOn: "2031-03-31" });
    expect(r.body.instrument.items).toHaveLength(builtinInstrument.items.length);
    expect(r.body.instrument.responseSets.frequency.key).toBe("frequency");
    expect(r.body.instrument.multipleChoice.type).toBe("multiple");
    // The served document is the definition itself, with additions a schema parse drops.
    expect(instrumentDefinitionSchema.parse(r.body.instrument)).toEqual(builtinInstrument);
    const text = JSON.stringify(r.body);
    for (const secret of [f.centreA, "Centre A", roundId, f.networkId, BUILTIN])
      expect(text).not.toContain(secret);
    expect(r.headers.get("cache-control")).toBe("no-store");
  });
  it("accepts a code typed in lower case with the slip's grouping", async () => {
    const [code] = await codes(1);
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase();
    expect((await anon.open(typed)).status).toBe(200);
  });
  it("is 404 for an unknown code", async () => {
    expectProblem(await anon.open("not-a-real-code"), 404);
    expectProblem(await anon.open("ABCDEFGHJK"), 404);
  });
  it("is 409 for a round that is closed, saying so, and for a draft", async () => {
    const closing = await newRound("Closing");
    const [code] = await codes(1, closing);
    expect((await c.coordinator.post(`/api/v1/rounds/${closing}/close`)).status).toBe(200);
    const r = await anon.open(code);
    expectProblem(r, 409);
    expect(r.body.detail).toMatch(/closed/);
    expect(r.body.reason).toBe("round-closed");
    const post = await anon.submit(code, { answers: { [item]: 1 } });
    expectProblem(post, 409);
    expect(post.body.reason).toBe("round-closed");
    const draft = await newRound("Draft", false);
    const [early] = await codes(1, draft);
    const d = await anon.open(early);
    expectProblem(d, 409);
    expect(d.body.reason).toBe("round-not-open");
  });
});

describe("POST /api/v1/survey/:code/responses", () => {
  it("stores the answers once; the code then refuses a second response", async () => {
    const [code] = await codes(1);
    const before = await responseCount();
    const k = key();
    const r = await anon.submit(code, { answers: { [item]: 2, [mc.code]: [mc.options[0].key] } }, k);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ received: true, reference: null });
    expect(typeof r.body.submittedAt).toBe("string");
    expect(await responseCount()).toBe((before ?? 0) + 1);
    // Without the first submission's key, a used code is answered as an unknown one.
    const unknown = await anon.open("ABCDEFGHJK");
    const again = await anon.submit(code, { answers: { [item]: 3 } });
    expectProblem(again, 404);
    expect(again.body).toEqual(unknown.body);
    const open = await anon.open(code);
    expectProblem(open, 404);
    expect(open.body).toEqual(unknown.body);
    expect(await responseCount()).toBe((before ?? 0) + 1);
  });

  it("returns the first receipt to a retry with the same Idempotency-Key", async () => {
    const [code] = await codes(1);
    const k = key();
    const first = await anon.submit(code, { answers: { [item]: 1 } }, k);
    expect(first.status).toBe(201);
    const before = await responseCount();
    const retry = await anon.submit(code, { answers: { [item]: 1 } }, k);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await responseCount()).toBe(before);
  });

  it("refuses an Idempotency-Key already spent on another code", async () => {
    const [one, two] = await codes(2);
    const k = key();
    expect((await anon.submit(one, { answers: { [item]: 1 } }, k)).status).toBe(201);
    const r = await anon.submit(two, { answers: { [item]: 1 } }, k);
    expectProblem(r, 409);
    expect(r.body.reason).toBe("key-reused");
    expect((await anon.submit(two, { answers: { [item]: 1 } })).status).toBe(201);
  });

  it("is 400 naming the Idempotency-Key header when it is missing", async () => {
    const [code] = await codes(1);
    const r = await anon.submit(code, { answers: {} }, null);
    expectProblem(r, 400);
    expect(r.body.detail).toMatch(/Idempotency-Key/);
    expect(fieldPaths(r)).toEqual(["header.idempotency-key"]);
  });

  it("is 422 naming the item: unknown question, option out of range, too many choices, wrong type", async () => {
    const [code] = await codes(1);
    const cases: [Record<string, unknown>, string][] = [
      [{ "no-such-item": 1 }, "answers.no-such-item"],
      [{ [item]: 999 }, `answers.${item}`],
      [{ [item]: 0 }, `answers.${item}`],
      [{ [mc.code]: mc.options.slice(0, mc.maxChoices + 1).map((o) => o.key) }, `answers.${mc.code}`],
      [{ [mc.code]: ["no-such-option"] }, `answers.${mc.code}.0`],
      [{ [item]: "often" }, `answers.${item}`],
    ];
    for (const [answers, path] of cases) {
      const r = await anon.submit(code, { answers });
      expectProblem(r, 422);
      expect(fieldPaths(r)).toContain(path);
    }
    const panel = await anon.submit(code, { answers: {}, panelCode: "ab" });
    expectProblem(panel, 422);
    expect(fieldPaths(panel)).toEqual(["panelCode"]);
    // None of that used the code up.
    expect((await anon.submit(code, { answers: { [item]: 4 } })).status).toBe(201);
  });

  it("is 404 for an unknown or revoked code", async () => {
    expectProblem(await anon.submit("ABCDEFGHJK", { answers: {} }), 404);
    const [code] = await codes(1);
    const revoke = await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations/revoke`, {
      centreId: f.centreA,
      codes: [code],
    });
    expect(revoke.body).toEqual({ revoked: 1 });
    expectProblem(await anon.open(code), 404);
    expectProblem(await anon.submit(code, { answers: { [item]: 1 } }), 404);
  });

  it("of two submissions racing on one code, exactly one wins", async () => {
    for (let round = 0; round < 3; round++) {
      const [code] = await codes(1);
      const before = (await responseCount()) ?? 0;
      const results = await Promise.all([
        anon.submit(code, { answers: { [item]: 1 } }),
        anon.submit(code, { answers: { [item]: 2 } }),
        anon.submit(code, { answers: { [item]: 3 } }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 404, 404]);
      expect(await responseCount()).toBe(before + 1);
    }
  });

  it("a double-click (same key, at once) stores one response and both get the receipt", async () => {
    const [code] = await codes(1);
    const before = (await responseCount()) ?? 0;
    const k = key();
    const [a, b] = await Promise.all([
      anon.submit(code, { answers: { [item]: 1 } }, k),
      anon.submit(code, { answers: { [item]: 1 } }, k),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toEqual(b.body);
    expect(await responseCount()).toBe(before + 1);
  });
});

describe("anonymity in storage", () => {
  it("stores codes only as hashes, and nothing in the response that points back to the invitation", async () => {
    const [code] = await codes(1, roundId, f.teamA1);
    const r = await anon.submit(code, {
      answers: { [item]: 5, "gives-satisfaction": "  Good colleagues  " },
      panelCode: "  my-panel-code ",
    });
    expect(r.status).toBe(201);
    const invitations = await env.DB.prepare("SELECT * FROM invitations WHERE round_id = ?")
      .bind(roundId)
      .all<Record<string, unknown>>();
    const dump = JSON.stringify(invitations.results);
    expect(dump).not.toContain(code);
    const hash = await sha256(code);
    const inv = invitations.results.find((i) => i.code_hash === hash);
    expect(inv).toBeDefined();
    // The day only: the instant would line the invitation up with the response.
    expect(inv?.used_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const row = await env.DB.prepare(
      "SELECT * FROM responses WHERE round_id = ? AND panel_code = 'my-panel-code'",
    )
      .bind(roundId)
      .first<Record<string, unknown>>();
    expect(row).toMatchObject({ centre_id: f.centreA, team_id: f.teamA1, source: "survey", import_id: null });
    expect(JSON.parse(row?.open_answers as string)).toEqual({ "gives-satisfaction": "Good colleagues" });
    const values = Object.values(row ?? {}).map(String);
    for (const v of [inv?.id, hash, code]) expect(values).not.toContain(v);
    expect(Object.keys(row ?? {})).not.toContain("invitation_id");
    // Only the code's count of looks remains, in a window of the whole day (as used_at says).
    const throttle = await env.DB.prepare("SELECT key, window_start FROM rate_limits WHERE instr(key, ?) > 0")
      .bind(hash)
      .all<{ key: string; window_start: number }>();
    for (const t of throttle.results) {
      expect(t.key).toBe(`survey:look:${hash}`);
      expect(t.window_start % 86_400).toBe(0);
    }
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE instr(detail, ?) > 0")
      .bind(hash)
      .first<{ n: number }>();
    expect(audit?.n).toBe(0);
  });

  it("hands the network's reference values back with the receipt, for the respondent's profile", async () => {
    const set = await c.coordinator.post(`/api/v1/networks/${f.networkId}/reference-sets`, {
      instrumentId: BUILTIN,
      name: "Synthetic reference",
      source: "Made up for a test",
      synthetic: true,
      values: { influence: { mean: 50, sd: 20 } },
      activate: true,
    });
    expect(set.status).toBe(201);
    const [code] = await codes(1);
    const r = await anon.submit(code, { answers: { [item]: 1 } });
    expect(r.status).toBe(201);
    expect(r.body.reference).toEqual({
      name: { da: "Synthetic reference", en: "Synthetic reference" },
      source: { da: "Made up for a test", en: "Made up for a test" },
      synthetic: true,
      values: { influence: { mean: 50, sd: 20 } },
    });
  });
});

describe("throttling", () => {
  it("stops a code after 12 refused attempts in a day (its looks), with Retry-After", {
    timeout: 30_000,
  }, async () => {
    const [code] = await codes(1);
    const client = respondent("203.0.113.7");
    for (let i = 0; i < 12; i++) expectProblem(await client.submit(code, { answers: { [item]: 99 } }), 422);
    const r = await client.submit(code, { answers: { [item]: 99 } });
    expectProblem(r, 429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    // Good answers are still taken: the code's looks stop probing, never the respondent's answers.
    expect((await client.submit(code, { answers: { [item]: 1 } })).status).toBe(201);
    // Another code from the same address still works.
    const [other] = await codes(1);
    expect((await client.submit(other, { answers: { [item]: 1 } })).status).toBe(201);
  });
  it("stops a client guessing codes after 400 misses; its valid codes still open, others are not affected", {
    timeout: 60_000,
  }, async () => {
    const guesser = respondent("198.51.100.9");
    for (let i = 0; i < 400; i += 40) {
      const misses = await Promise.all(Array.from({ length: 40 }, (_, k) => guesser.open(`GUESS${i + k}`)));
      for (const miss of misses) expectProblem(miss, 404);
    }
    expectProblem(await guesser.open("GUESSMORE"), 429);
    const [code] = await codes(1);
    // A meeting room shares one address: a valid code is never stopped by others' typing.
    expect((await guesser.open(code)).status).toBe(200);
    expect((await guesser.submit(code, { answers: { [item]: 1 } })).status).toBe(201);
    // Used now: answered as an unknown code, so the spent misses stop it too.
    expectProblem(await guesser.open(code), 429);
    expect((await respondent("198.51.100.10").open("GUESSMORE")).status).toBe(404);
  });
  it("a room of 40 phones, each mistyping its code five times, all get in", { timeout: 60_000 }, async () => {
    const room = respondent("192.0.2.40");
    const slips = await codes(40);
    for (let attempt = 0; attempt < 5; attempt++) {
      const typos = await Promise.all(slips.map((code) => room.open(`${code.slice(0, 9)}X${attempt}`)));
      for (const typo of typos) expectProblem(typo, 404);
    }
    const opened = await Promise.all(slips.map((code) => room.open(code)));
    expect(opened.map((r) => r.status)).toEqual(slips.map(() => 200));
  });
});
