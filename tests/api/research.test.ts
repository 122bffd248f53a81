import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { SCALE_COLUMNS } from "../../shared/schemas/research.ts";
import { clients, expectProblem, type Fixture, fixture } from "./helpers.ts";
import { csvObjects, download, ndjsonRows, parseCsv, type Scenario, scenario } from "./research-helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let s: Scenario;
const S = builtinInstrument.scales.length;

const base = () => `/api/v1/networks/${f.networkId}/export`;
const problem = (r: { status: number; text: string; headers: Headers }) => ({
  status: r.status,
  body: JSON.parse(r.text),
  headers: r.headers,
});

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  s = await scenario(f, c.coordinator);
});

describe("GET /api/v1/networks/:networkId/export/scales", () => {
  it("CSV: RFC 4180 with exactly the documented columns, pseudonyms only, no n under the minimum", async () => {
    const r = await download(`${base()}/scales?format=csv`, { token: s.token });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    const [header] = parseCsv(r.text);
    expect(header).toEqual([...SCALE_COLUMNS]);
    const rows = csvObjects(r.text);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Number(row.n)).toBeGreaterThanOrEqual(5);
    expect(r.text).not.toMatch(/Centre [ABC]|Team A/);
    for (const id of [f.centreA, f.centreB, s.centreC, f.teamA1, s.teamA2]) expect(r.text).not.toContain(id);
    expect(new Set(rows.map((x) => x.centre))).toEqual(new Set(["C01", "C02", "C03"]));
  });

  it("leaves out groups under the minimum and teams that could be worked out, and says how many", async () => {
    const r = await download(`${base()}/scales?format=csv`, { token: s.token });
    const rows = csvObjects(r.text);
    const [one, two] = s.rounds;
    const at = (round: string, centre: string, team = "") =>
      rows.filter((x) => x.round === round && x.centre === centre && x.team === team);
    // Round 1: C02 has 3 respondents, so nothing of it; C01's two teams of 6 are both shown.
    expect(at(one.id, "C02")).toHaveLength(0);
    expect(at(one.id, "C01")).toHaveLength(S);
    expect(at(one.id, "C01", "T01")).toHaveLength(S);
    expect(at(one.id, "C01", "T02")).toHaveLength(S);
    // Round 2: T02 has 3, and T01 is hidden with it (C01 − T01 would give T02).
    expect(at(two.id, "C02")).toHaveLength(S);
    expect(at(two.id, "C01")).toHaveLength(S);
    expect(rows.filter((x) => x.round === two.id && x.team !== "")).toHaveLength(0);
    // C03 in round 1 has 5 people, one of whom answered only the first scale: 4 on the others.
    expect(at(one.id, "C03").map((x) => x.scale)).toEqual([builtinInstrument.scales[0]?.key]);
    // C02 in round 1 (S rows), C03 in round 1 (S − 1) and T01, T02 in round 2 (2 × S rows).
    expect(r.headers.get("x-suppressed-rows")).toBe(String(4 * S - 1));
  });

  it("JSON and NDJSON hold the same rows as CSV, numbers as numbers and null for the centre's team", async () => {
    const csvRows = csvObjects((await download(`${base()}/scales?format=csv`, { token: s.token })).text);
    const json = await download(`${base()}/scales?format=json`, { token: s.token });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    const rows = JSON.parse(json.text) as Record<string, unknown>[];
    expect(rows).toHaveLength(csvRows.length);
    expect(Object.keys(rows[0] as object)).toEqual([...SCALE_COLUMNS]);
    rows.forEach((row, i) => {
      const csvRow = csvRows[i] as Record<string, string>;
      expect(row.team ?? "").toBe(csvRow.team);
      expect(row.mean).toBe(Number(csvRow.mean));
      expect(typeof row.n).toBe("number");
      expect(row.wave).toBe(Number(csvRow.wave));
    });
    const nd = await download(`${base()}/scales?format=ndjson`, { token: s.token });
    expect(nd.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect(ndjsonRows(nd.text)).toEqual(rows);
    expect(nd.headers.get("x-suppressed-rows")).toBe(json.headers.get("x-suppressed-rows"));
  });

  it("the CSV's means equal the report API's figures for the same centre, team and round", async () => {
    const rows = csvObjects((await download(`${base()}/scales?format=csv`, { token: s.token })).text);
    const [one] = s.rounds;
    for (const [team, pseudonym] of [
      [null, ""],
      [f.teamA1, "T01"],
    ] as const) {
      const report = await c.coordinator.get(
        `/api/v1/rounds/${one.id}/report?centre=${f.centreA}${team ? `&team=${team}` : ""}`,
      );
      expect(report.status).toBe(200);
      for (const scale of report.body.scales) {
        const row = rows.find(
          (x) => x.round === one.id && x.centre === "C01" && x.team === pseudonym && x.scale === scale.key,
        );
        expect(row, scale.key).toBeDefined();
        expect(Number(row?.mean)).toBe(scale.centre.mean);
        expect(Number(row?.n)).toBe(scale.centre.n);
        expect(Number(row?.sd)).toBe(scale.centre.sd);
        expect([Number(row?.ci_low), Number(row?.ci_high)]).toEqual(scale.centre.ci95);
      }
    }
  });

  it("tokens and researchers get published rounds; the coordinator also closed ones", async () => {
    const rounds = async (auth: Parameters<typeof download>[1]) =>
      new Set(csvObjects((await download(`${base()}/scales?format=csv`, auth)).text).map((x) => x.round));
    const published = new Set([s.rounds[0]?.id, s.rounds[1]?.id]);
    expect(await rounds({ token: s.token })).toEqual(published);
    expect(await rounds({ client: c.researcher })).toEqual(published);
    expect(await rounds({ client: c.coordinator })).toEqual(new Set([...published, s.closedOnly]));
  });

  it("wave and round_date follow the network's rounds by opening date", async () => {
    const rows = csvObjects((await download(`${base()}/scales?format=csv`, { client: c.coordinator })).text);
    s.rounds.forEach((round, i) => {
      const mine = rows.filter((x) => x.round === round.id);
      expect(new Set(mine.map((x) => x.wave))).toEqual(new Set([String(i + 1)]));
      expect(new Set(mine.map((x) => x.round_date))).toEqual(new Set([round.opensOn]));
      expect(new Set(mine.map((x) => x.network))).toEqual(new Set([f.networkId]));
    });
  });

  it("403 for facilitators, 404 outside the network, 401 anonymous", async () => {
    expectProblem(problem(await download(`${base()}/scales`, { client: c.facilitatorA })), 403);
    expectProblem(problem(await download(`${base()}/scales`, { client: c.outsider })), 404);
    expectProblem(problem(await download(`${base()}/scales`, {})), 401);
    expectProblem(problem(await download("/api/v1/networks/nope/export/scales", { token: s.token })), 404);
  });

  it("takes the format from Accept when ?format is not given, JSON by default", async () => {
    const csv = await download(`${base()}/scales`, { token: s.token }, "text/csv");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const nd = await download(`${base()}/scales`, { token: s.token }, "application/x-ndjson");
    expect(nd.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const json = await download(`${base()}/scales`, { token: s.token });
    expect(Array.isArray(JSON.parse(json.text))).toBe(true);
  });
  it("reads through a D1 session where the binding has one and returns its bookmark; a bad bookmark is ignored", async () => {
    const r = await download(`${base()}/scales?format=csv`, { token: s.token });
    const bookmark = r.headers.get("x-d1-bookmark");
    if (bookmark !== null) expect(bookmark).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/);
    const { SELF } = await import("cloudflare:test");
    for (const sent of [bookmark ?? "", "not-a-bookmark"]) {
      const again = await SELF.fetch(`http://localhost${base()}/scales?format=csv`, {
        headers: { authorization: `Bearer ${s.token}`, "x-d1-bookmark": sent },
      });
      expect(again.status).toBe(200);
      expect(await again.text()).toBe(r.text);
    }
  });
});

describe("filters: rounds= and centres=", () => {
  const rowsOf = async (query: string) => {
    const r = await download(`${base()}/scales?format=csv&${query}`, { token: s.token });
    expect(r.status, r.text).toBe(200);
    return csvObjects(r.text);
  };

  it("rounds= takes ids, wave numbers or labels", async () => {
    const [one, two] = s.rounds;
    for (const q of [`rounds=${one.id}`, "rounds=1", "rounds=Wave%20one"]) {
      expect(new Set((await rowsOf(q)).map((x) => x.round))).toEqual(new Set([one.id]));
    }
    expect(new Set((await rowsOf(`rounds=${two.id},1`)).map((x) => x.round))).toEqual(
      new Set([one.id, two.id]),
    );
  });

  it("rounds= takes labels with commas: whole, quoted in a list, or as a repeated parameter", async () => {
    const [one, two] = s.rounds;
    const label = "1. måling, juni 2031";
    await env.DB.prepare("UPDATE rounds SET label = ? WHERE id = ?").bind(label, one.id).run();
    try {
      const rounds = async (q: string) => new Set((await rowsOf(q)).map((x) => x.round));
      const only = new Set([one.id]);
      const pair = new Set([one.id, two.id]);
      const l = encodeURIComponent(label);
      expect(await rounds(`rounds=${l}`)).toEqual(only);
      expect(await rounds(`rounds=${encodeURIComponent(`"${label}",2`)}`)).toEqual(pair);
      expect(await rounds(`rounds=${encodeURIComponent(`${label},Wave two`)}`)).toEqual(pair);
      expect(await rounds(`rounds=${l}&rounds=${two.id}`)).toEqual(pair);
      // Each format reads the same way.
      const json = await download(`${base()}/participation?format=json&rounds=${l}`, { token: s.token });
      expect(json.status, json.text).toBe(200);
      expect(new Set(JSON.parse(json.text).map((x: { round: string }) => x.round))).toEqual(only);
      // The parts of a label are not rounds of their own: a 400 names what is unknown.
      const part = problem(await download(`${base()}/scales?rounds=juni%202031`, { token: s.token }));
      expectProblem(part, 400);
      expect(part.body.errors[0].path).toBe("query.rounds");
    } finally {
      await env.DB.prepare("UPDATE rounds SET label = 'Wave one' WHERE id = ?").bind(one.id).run();
    }
  });

  it("centres= takes pseudonyms (any case) or ids; filters combine", async () => {
    expect(new Set((await rowsOf("centres=C03")).map((x) => x.centre))).toEqual(new Set(["C03"]));
    expect(new Set((await rowsOf(`centres=c02,${f.centreA}`)).map((x) => x.centre))).toEqual(
      new Set(["C01", "C02"]),
    );
    const both = await rowsOf("centres=C02&rounds=2");
    expect(new Set(both.map((x) => `${x.round}/${x.centre}`))).toEqual(new Set([`${s.rounds[1]?.id}/C02`]));
    // An empty list filters nothing.
    expect((await rowsOf("centres=")).length).toBe((await rowsOf("")).length);
  });

  it("400 naming the parameter for values that name nothing, or rounds not yet exportable", async () => {
    const unknownRound = problem(await download(`${base()}/scales?rounds=nope`, { token: s.token }));
    expectProblem(unknownRound, 400);
    expect(unknownRound.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.rounds"]);
    expect(unknownRound.body.detail).toContain("rounds");
    const unknownCentre = problem(await download(`${base()}/scales?centres=C01,C99`, { token: s.token }));
    expectProblem(unknownCentre, 400);
    expect(unknownCentre.body.errors).toEqual([
      { code: "unknown", path: "query.centres", message: expect.stringContaining("C99") },
    ]);
    const both = problem(await download(`${base()}/responses?centres=X&rounds=9`, { token: s.token }));
    expect(both.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "query.centres",
      "query.rounds",
    ]);
    // Round 3 is closed, not published: not for a token, but a coordinator may export it.
    const closed = problem(await download(`${base()}/scales?rounds=3`, { token: s.token }));
    expectProblem(closed, 400);
    expect(closed.body.errors[0].message).toContain("closed");
    expect((await download(`${base()}/scales?rounds=3`, { client: c.coordinator })).status).toBe(200);
    // Another network's centre is unknown here.
    expectProblem(
      problem(await download(`${base()}/scales?centres=${f.otherNetworkId}`, { token: s.token })),
      400,
    );
  });

  it("400 for an unknown format", async () => {
    const r = problem(await download(`${base()}/scales?format=xml`, { token: s.token }));
    expectProblem(r, 400);
    expect(r.body.errors[0].path).toBe("query.format");
  });
});

describe("longitudinal correctness", () => {
  it("a centre keeps its pseudonym in every round and every export, also after it left", async () => {
    const scales = csvObjects(
      (await download(`${base()}/scales?format=csv`, { client: c.coordinator })).text,
    );
    const waves = (centre: string) => new Set(scales.filter((x) => x.centre === centre).map((x) => x.wave));
    expect(waves("C01")).toEqual(new Set(["1", "2", "3"]));
    // Centre C left after round 2 and keeps its history.
    expect(waves("C03")).toEqual(new Set(["1", "2"]));
    const centres = await c.researcher.get(`/api/v1/networks/${f.networkId}/centres`);
    const byId = new Map(centres.body.map((x: { id: string; pseudonym: string }) => [x.id, x.pseudonym]));
    expect(byId.get(f.centreA)).toBe("C01");
    expect(byId.get(s.centreC)).toBe("C03");
    const participation = csvObjects(
      (await download(`${base()}/participation?format=csv`, { token: s.token })).text,
    );
    expect(new Set(participation.filter((x) => x.centre === "C03").map((x) => x.wave))).toEqual(
      new Set(["1", "2"]),
    );
    // Same pseudonyms on a second download.
    const again = csvObjects((await download(`${base()}/scales?format=csv`, { client: c.coordinator })).text);
    expect(again.map((x) => x.centre)).toEqual(scales.map((x) => x.centre));
  });
});

describe("rate limits and audit", () => {
  it("writes who, what and how many rows to the audit log", async () => {
    const r = await download(`${base()}/scales?format=csv&centres=C01`, { token: s.token });
    const rows = csvObjects(r.text).length;
    const audit = await env.DB.prepare(
      "SELECT token_id, user_id, network_id, action, target_id, detail, at FROM audit_log WHERE action = 'research.export' ORDER BY id DESC LIMIT 1",
    ).first<{
      token_id: string;
      user_id: string | null;
      network_id: string;
      target_id: string;
      detail: string;
      at: string;
    }>();
    expect(audit).toMatchObject({
      token_id: s.tokenId,
      user_id: null,
      network_id: f.networkId,
      target_id: "scales",
    });
    expect(audit?.at).toBeTruthy();
    expect(JSON.parse(audit?.detail ?? "{}")).toMatchObject({
      export: "scales",
      format: "csv",
      filter: { rounds: null, centres: ["C01"] },
      rows,
      complete: true,
      suppressed: Number(r.headers.get("x-suppressed-rows")),
    });
    await download(`${base()}/participation?format=json`, { client: c.researcher });
    const byUser = await env.DB.prepare(
      "SELECT user_id, token_id, target_id FROM audit_log WHERE action = 'research.export' ORDER BY id DESC LIMIT 1",
    ).first();
    expect(byUser).toMatchObject({
      user_id: `user-researcher-${f.networkId.split("-").at(-1)}`,
      token_id: null,
    });
  });

  it("429 with Retry-After once a token has used up its exports for the hour", async () => {
    const { EXPORTS_PER_HOUR } = await import("../../shared/research/export-limits.ts");
    const window = Math.floor(Date.now() / 1000 / 3600) * 3600;
    const t = await c.coordinator.post(`/api/v1/networks/${f.networkId}/tokens`, { name: "busy" });
    await env.DB.prepare("INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, ?)")
      .bind(`research-export:token:${t.body.id}`, window, EXPORTS_PER_HOUR - 1)
      .run();
    expect((await download(`${base()}/codebook`, { token: t.body.token })).status).toBe(200);
    const r = problem(await download(`${base()}/scales`, { token: t.body.token }));
    expectProblem(r, 429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another token is not affected.
    expect((await download(`${base()}/scales`, { token: s.token })).status).toBe(200);
  });
});

describe("documentation", () => {
  it("GET /api/v1/research-docs: a self-contained page with worked R and pandas examples", async () => {
    const r = await download("/api/v1/research-docs", {});
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(r.text).toContain("library(httr2)");
    expect(r.text).toContain("pd.read_csv");
    expect(r.text).toContain("ggplot(");
    expect(r.text).toContain("X-Suppressed-Rows");
    expect(r.text).not.toMatch(/<script|<link|src=|href="https?:/);
  });

  it("the OpenAPI document describes every export with examples in each format", async () => {
    const doc = await c.anonymous.get("/api/openapi.json");
    expect(doc.status).toBe(200);
    for (const what of ["scales", "responses", "value-most", "participation", "codebook"]) {
      const op = doc.body.paths[`/api/v1/networks/{networkId}/export/${what}`]?.get;
      expect(op, what).toBeDefined();
      const content = op.responses["200"].content;
      for (const type of ["application/json", "text/csv", "application/x-ndjson"]) {
        expect(content[type]?.example, `${what} ${type}`).toBeDefined();
      }
      // A research token, or the session of a coordinator or researcher.
      expect(op.security).toEqual([{ researchToken: [] }, { session: [] }]);
      expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(
        ["centres", "format", "networkId", "rounds"].sort(),
      );
    }
    expect(doc.body.components.securitySchemes.researchToken).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(doc.body.paths["/api/v1/networks/{networkId}/tokens"].post).toBeDefined();
    expect(doc.body.paths["/api/v1/instruments/{instrumentId}/codebook"].get).toBeDefined();
  });
});
