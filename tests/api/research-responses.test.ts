import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../api/index.ts";
import { storeExportPages } from "../../api/routes/research/export-pages.ts";
import { responsePseudonymizer } from "../../api/routes/research/response-pseudonym.ts";
import { RESPONSE_PAGE } from "../../api/routes/research/responses.export.ts";
import { builtinInstrument, instrumentIndex } from "../../shared/instrument/index.ts";
import {
  CODEBOOK_COLUMNS,
  PARTICIPATION_COLUMNS,
  RESPONSE_ID_COLUMNS,
  VALUE_MOST_COLUMNS,
} from "../../shared/schemas/research.ts";
import { scoreMatrix } from "../../shared/scoring/score-matrix.ts";
import { clients, expectProblem, type Fixture, fixture } from "./helpers.ts";
import {
  closedRound,
  csvObjects,
  download,
  lcg,
  ndjsonRows,
  parseCsv,
  randomPacked,
  type Scenario,
  scenario,
} from "./research-helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let s: Scenario;
const def = builtinInstrument;
const index = instrumentIndex(def);
const BUILTIN = `builtin-${def.key}-${def.version}`;

/** The export's pseudonyms, made from the network's stored research key as the API does. */
async function pseudonymizer(networkId = f.networkId) {
  const key = await env.DB.prepare("SELECT research_key FROM networks WHERE id = ?")
    .bind(networkId)
    .first<string>("research_key");
  return responsePseudonymizer(key as string);
}

const base = () => `/api/v1/networks/${f.networkId}/export`;
const responses = async (query = "format=csv") => {
  const r = await download(`${base()}/responses?${query}`, { token: s.token });
  expect(r.status, r.text).toBe(200);
  return r;
};

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  s = await scenario(f, c.coordinator);
});

describe("GET /api/v1/networks/:networkId/export/responses", () => {
  it("columns: ids, then every item code, every value-most option, every scale", async () => {
    const [header] = parseCsv((await responses()).text);
    expect(header).toEqual([
      ...RESPONSE_ID_COLUMNS,
      ...def.items.map((i) => i.code),
      ...def.multipleChoice.options.map((o) => `${def.multipleChoice.code}.${o.key}`),
      ...def.scales.map((x) => x.key),
    ]);
  });

  it("one row per response of the centres at or above the minimum; the rest counted as suppressed", async () => {
    const r = await responses();
    const rows = csvObjects(r.text);
    const count = (round: string, centre: string) =>
      rows.filter((x) => x.round === round && x.centre === centre).length;
    const [one, two] = s.rounds;
    expect(count(one.id, "C01")).toBe(12);
    expect(count(one.id, "C02")).toBe(0);
    expect(count(one.id, "C03")).toBe(5);
    expect(count(two.id, "C01")).toBe(9);
    expect(count(two.id, "C02")).toBe(6);
    expect(count(two.id, "C03")).toBe(5);
    expect(rows).toHaveLength(37);
    expect(r.headers.get("x-suppressed-rows")).toBe("3");
  });

  it("names a team only where its figures may be shown", async () => {
    const rows = csvObjects((await responses()).text);
    const [one, two] = s.rounds;
    const teams = (round: string) =>
      rows
        .filter((x) => x.round === round && x.centre === "C01")
        .reduce<Record<string, number>>((acc, x) => {
          acc[x.team] = (acc[x.team] ?? 0) + 1;
          return acc;
        }, {});
    expect(teams(one.id)).toEqual({ T01: 6, T02: 6 });
    // Round 2: T02 has 3 people and T01 is hidden with it.
    expect(teams(two.id)).toEqual({ "": 9 });
  });

  it("response ids are pseudonyms: not the database ids, distinct, the same in every export", async () => {
    const first = csvObjects((await responses()).text).map((x) => x.response);
    const second = csvObjects((await responses("format=csv&centres=C01,C02,C03")).text).map(
      (x) => x.response,
    );
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{20}$/);
    const text = (await responses()).text;
    for (const dbId of s.inserted.keys()) expect(text).not.toContain(dbId);
  });

  it("response ids are kept with the network: a rotated Worker secret leaves them as they were", async () => {
    const before = csvObjects((await responses()).text).map((x) => x.response);
    const stored = await env.DB.prepare("SELECT research_key FROM networks WHERE id = ?")
      .bind(f.networkId)
      .first<string>("research_key");
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    const ctx = createExecutionContext();
    const res = await (worker.fetch as NonNullable<typeof worker.fetch>)(
      new Request(`https://amica.test${base()}/responses?format=csv`, {
        headers: { authorization: `Bearer ${s.token}` },
      }),
      { ...env, SESSION_SECRET: "a-rotated-secret-for-this-test-only" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(200);
    expect(csvObjects(await res.text()).map((x) => x.response)).toEqual(before);
  });

  it("a network made through the API has its own research key from the start, never shown", async () => {
    const made = await c.coordinator.call("POST", "/api/v1/networks", { name: "Nøgleprøve" });
    expect(made.status).toBe(201);
    expect(JSON.stringify(made.body)).not.toMatch(/research|[0-9a-f]{64}/i);
    const key = await env.DB.prepare("SELECT research_key FROM networks WHERE id = ?")
      .bind(made.body.id)
      .first<string>("research_key");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const other = await env.DB.prepare("SELECT research_key FROM networks WHERE id = ?")
      .bind(f.networkId)
      .first<string>("research_key");
    expect(key).not.toBe(other);
  });

  it("raw option codes and scale scores as the shared scoring computes them, blanks empty", async () => {
    const rows = csvObjects((await responses()).text);
    // Rows come in id order within round and centre (never in insertion order): match them to
    // what was inserted through their pseudonyms, made here with the network's research key.
    const pseudonymOf = await pseudonymizer();
    const expected = (
      await Promise.all(
        [...s.inserted.entries()].map(async ([id, x]) => ({ ...x, pseudonym: await pseudonymOf(id) })),
      )
    )
      .filter((x) => x.centreId !== f.centreB || x.roundId !== s.rounds[0]?.id)
      .sort((x, y) => {
        const gx = rows.findIndex((r) => r.response === x.pseudonym);
        const gy = rows.findIndex((r) => r.response === y.pseudonym);
        return gx - gy;
      });
    const pseudonym = new Map([
      [f.centreA, "C01"],
      [f.centreB, "C02"],
      [s.centreC, "C03"],
    ]);
    for (const round of s.rounds.slice(0, 2)) {
      for (const centre of ["C01", "C02", "C03"]) {
        const got = rows.filter((x) => x.round === round.id && x.centre === centre);
        const want = expected.filter((x) => x.roundId === round.id && pseudonym.get(x.centreId) === centre);
        expect(got).toHaveLength(want.length);
        want.forEach((w, k) => {
          const row = got[k] as Record<string, string>;
          const scores = scoreMatrix(def, [w.packed]);
          def.items.forEach((item, slot) => {
            expect(row[item.code], item.code).toBe(w.packed[slot] ? String(w.packed[slot]) : "");
          });
          const anyChoice = def.multipleChoice.options.some((_, i) => w.packed[index.choiceOffset + i] === 1);
          def.multipleChoice.options.forEach((o, i) => {
            const cell = row[`${def.multipleChoice.code}.${o.key}`];
            expect(cell).toBe(anyChoice ? String(w.packed[index.choiceOffset + i]) : "");
          });
          scores.scaleKeys.forEach((key, i) => {
            const v = scores.values[i] as number;
            expect(row[key] === "" ? Number.NaN : Number(row[key]), key).toBe(v);
          });
          // Round 2 hides C01's teams: its rows lose their panel codes (see the next test).
          const hidden = round.id === s.rounds[1]?.id && centre === "C01";
          expect(row.panel_code).toBe(hidden ? "" : (w.panelCode ?? ""));
        });
      }
    }
  });

  it("panel codes only where chosen, and never on the rows of a team hidden in that round", async () => {
    const rows = csvObjects((await responses()).text);
    const fox = rows.filter((x) => x.panel_code === "fox-0");
    // T01 is shown in round 1 and hidden in round 2: a code seen in both would tie its round-2
    // rows to it (tests/api/hardening/insider-export.test.ts replays that attack).
    expect(fox.map((x) => x.wave)).toEqual(["1"]);
    expect(new Set(fox.map((x) => x.centre))).toEqual(new Set(["C01"]));
    expect(rows.filter((x) => x.panel_code !== "")).toHaveLength(2);
  });

  it("the formula guard is the same in every format: a panel code starting with = gets a ' everywhere", async () => {
    const [id, spec] = [...s.inserted.entries()].find(([, x]) => x.panelCode === "fox-1") ?? [];
    // A closed round's answers cannot change through the API: changed here by hand, its export rows
    // are written again as its close writes them, so that CSV reads them from the stored rows.
    const setPanel = async (code: string) => {
      await env.DB.prepare("UPDATE responses SET panel_code = ? WHERE id = ?").bind(code, id).run();
      await storeExportPages(env.DB, env.SESSION_SECRET, spec?.roundId as string);
    };
    await setPanel("=HYPERLINK(1)");
    try {
      const csv = csvObjects((await responses()).text).filter((x) => x.panel_code.includes("HYPERLINK"));
      const json = (JSON.parse((await responses("format=json")).text) as Record<string, unknown>[]).filter(
        (x) => String(x.panel_code).includes("HYPERLINK"),
      );
      const nd = ndjsonRows((await responses("format=ndjson")).text).filter((x) =>
        String(x.panel_code).includes("HYPERLINK"),
      );
      expect(csv.map((x) => x.panel_code)).toEqual(["'=HYPERLINK(1)"]);
      expect(json.map((x) => x.panel_code)).toEqual(["'=HYPERLINK(1)"]);
      expect(nd.map((x) => x.panel_code)).toEqual(["'=HYPERLINK(1)"]);
    } finally {
      await setPanel("fox-1");
    }
  });

  it("JSON and NDJSON hold the same rows, with numbers and nulls", async () => {
    const csvRows = csvObjects((await responses()).text);
    const json = JSON.parse((await responses("format=json")).text) as Record<string, unknown>[];
    const nd = ndjsonRows((await responses("format=ndjson")).text);
    expect(json).toHaveLength(csvRows.length);
    expect(nd).toEqual(json);
    const sparse = json.find(
      (x) => x.round === s.rounds[0]?.id && x.centre === "C03" && x[def.scales[1]?.key as string] === null,
    );
    expect(sparse).toBeDefined();
    expect(typeof json[0]?.[def.items[0]?.code as string]).toBe("number");
    expect(json[0]?.wave).toBe(1);
  });

  it("pages through any number of responses (keyset), every one exactly once", async () => {
    // The other network of the fixture: its coordinator is the `outsider` here.
    const centre = `${f.otherNetworkId}-big`;
    await env.DB.prepare("INSERT INTO centres (id, network_id, name, pseudonym) VALUES (?, ?, 'Big', 'C01')")
      .bind(centre, f.otherNetworkId)
      .run();
    const rand = lcg(99);
    // More than two pages, and a last one that is not full.
    const n = 2 * RESPONSE_PAGE + 234;
    const { responseIds } = await closedRound(c.outsider, f.otherNetworkId, {
      label: "Big",
      opensOn: "2031-05-01",
      centreIds: [centre],
      rows: Array.from({ length: n }, () => ({ centreId: centre, teamId: null, packed: randomPacked(rand) })),
    });
    const r = await download(`/api/v1/networks/${f.otherNetworkId}/export/responses?format=ndjson`, {
      client: c.outsider,
    });
    expect(r.status).toBe(200);
    const rows = ndjsonRows(r.text);
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((x) => x.response)).size).toBe(n);
    expect(responseIds).toHaveLength(n);
    // In id order, each with its own answers.
    const first = def.items[0]?.code as string;
    const sorted = [...responseIds].sort();
    const pseudonymOf = await pseudonymizer(f.otherNetworkId);
    expect(rows.map((x) => x.response)).toEqual(await Promise.all(sorted.map(pseudonymOf)));
    const stored = await env.DB.prepare("SELECT answers FROM responses WHERE id = ?")
      .bind(sorted[n - 1])
      .first<{
        answers: ArrayBuffer;
      }>();
    expect(rows[n - 1]?.[first]).toBe(new Uint8Array(stored?.answers as ArrayBuffer)[0] || null);
  });
});

describe("GET /api/v1/networks/:networkId/export/value-most", () => {
  it("percentages per round × centre × option equal the report's; small centres left out", async () => {
    const r = await download(`${base()}/value-most?format=csv`, { token: s.token });
    expect(r.status).toBe(200);
    expect(parseCsv(r.text)[0]).toEqual([...VALUE_MOST_COLUMNS]);
    const rows = csvObjects(r.text);
    const [one] = s.rounds;
    expect(rows.filter((x) => x.round === one.id && x.centre === "C02")).toHaveLength(0);
    const report = await c.coordinator.get(`/api/v1/rounds/${one.id}/report?centre=${f.centreA}`);
    const mine = rows.filter((x) => x.round === one.id && x.centre === "C01");
    expect(mine.map((x) => x.option)).toEqual(def.multipleChoice.options.map((o) => o.key));
    for (const v of report.body.valueMost) {
      const row = mine.find((x) => x.option === v.key);
      expect(Number(row?.percent)).toBe(v.centre);
    }
    for (const row of rows) expect(Number(row.n)).toBeGreaterThanOrEqual(5);
    // Every centre × option of rounds 1 and 2 is either a row or suppressed (n = those who answered
    // the question, so C03 may drop out too where someone skipped it).
    const options = def.multipleChoice.options.length;
    expect(Number(r.headers.get("x-suppressed-rows"))).toBeGreaterThanOrEqual(options);
    expect(rows.length + Number(r.headers.get("x-suppressed-rows"))).toBe(2 * 3 * options);
    const json = JSON.parse((await download(`${base()}/value-most?format=json`, { token: s.token })).text);
    expect(json).toHaveLength(rows.length);
    const nd = ndjsonRows((await download(`${base()}/value-most?format=ndjson`, { token: s.token })).text);
    expect(nd).toEqual(json);
  });
});

describe("GET /api/v1/networks/:networkId/export/participation", () => {
  it("invited, answered and rate per round × centre, small centres included", async () => {
    const r = await download(`${base()}/participation?format=csv`, { token: s.token });
    expect(r.status).toBe(200);
    expect(parseCsv(r.text)[0]).toEqual([...PARTICIPATION_COLUMNS]);
    const rows = csvObjects(r.text);
    const [one] = s.rounds;
    const at = (centre: string) => rows.find((x) => x.round === one.id && x.centre === centre);
    expect(at("C01")).toMatchObject({ invited: "16", answered: "12", rate: "0.75" });
    expect(at("C02")).toMatchObject({ invited: "", answered: "3", rate: "" });
    expect(r.headers.get("x-suppressed-rows")).toBe("0");
    const json = JSON.parse((await download(`${base()}/participation?format=json`, { token: s.token })).text);
    expect(
      json.find((x: { round: string; centre: string }) => x.round === one.id && x.centre === "C01"),
    ).toMatchObject({
      invited: 16,
      answered: 12,
      rate: 0.75,
    });
    const nd = ndjsonRows((await download(`${base()}/participation?format=ndjson`, { token: s.token })).text);
    expect(nd).toEqual(json);
  });
});

describe("codebook", () => {
  it("JSON: every item with its labels, options and scores, scale, reversed flag and polarity", async () => {
    const r = await download(`${base()}/codebook?format=json`, { token: s.token });
    expect(r.status).toBe(200);
    const book = JSON.parse(r.text);
    expect(book.instruments).toEqual([{ id: BUILTIN, key: def.key, version: def.version }]);
    const byName = new Map(book.variables.map((v: { name: string }) => [v.name, v]));
    const polarity = new Map(def.scales.map((x) => [x.key, x.polarity]));
    for (const item of def.items) {
      expect(byName.get(item.code)).toEqual({
        name: item.code,
        label: item.text,
        type: "ordinal",
        exports: ["responses"],
        unit: null,
        note: null,
        scale: item.scale,
        reversed: item.reversed,
        polarity: polarity.get(item.scale),
        options: def.responseSets[item.responseSet]?.options.map((o) => ({
          code: o.code,
          label: o.label,
          score: o.score,
        })),
      });
    }
    for (const scale of def.scales) {
      expect(byName.get(scale.key)).toMatchObject({
        type: "score",
        scale: scale.key,
        polarity: scale.polarity,
        label: scale.label,
      });
    }
    for (const name of RESPONSE_ID_COLUMNS) expect(byName.has(name)).toBe(true);
    expect(book.variables.length).toBeGreaterThanOrEqual(80);
    // The responses export's columns first, in its order.
    const [header] = parseCsv((await responses()).text);
    expect(book.variables.map((v: { name: string }) => v.name).slice(0, header?.length)).toEqual(header);
    // At least one reversed item in the built-in instrument, and it says so.
    expect(book.variables.some((v: { reversed: boolean | null }) => v.reversed === true)).toBe(true);
  });

  it("covers every column of every export, saying which exports hold it and its unit", async () => {
    const book = JSON.parse((await download(`${base()}/codebook?format=json`, { token: s.token })).text);
    const byName = new Map<
      string,
      { exports: string[]; unit: string | null; label: { da: string; en: string } }
    >(book.variables.map((v: { name: string }) => [v.name, v]));
    expect(byName.size).toBe(book.variables.length);
    for (const what of ["scales", "responses", "value-most", "participation"]) {
      const [header] = parseCsv((await download(`${base()}/${what}?format=csv`, { token: s.token })).text);
      for (const column of header ?? []) {
        const v = byName.get(column);
        expect(v, `${what}: ${column}`).toBeDefined();
        expect(v?.exports, `${what}: ${column}`).toContain(what);
        expect(v?.label.da && v?.label.en, column).toBeTruthy();
      }
    }
    // Units tell a proportion from a percentage.
    expect(byName.get("rate")?.unit).toBe("proportion 0–1");
    expect(byName.get("percent")?.unit).toBe("percent 0–100");
    expect(byName.get("mean")?.unit).toBe("points 0–100");
    expect(byName.get(def.scales[0]?.key as string)?.unit).toBe("points 0–100");
    // Names that shadow pandas methods say so.
    for (const name of ["round", "mean"])
      expect((byName.get(name) as unknown as { note: { en: string } }).note.en).toContain(`df["${name}"]`);
  });

  it("CSV: one row per variable × option; NDJSON: one variable per line", async () => {
    const csv = await download(`${base()}/codebook?format=csv`, { token: s.token });
    expect(csv.status).toBe(200);
    expect(parseCsv(csv.text)[0]).toEqual([...CODEBOOK_COLUMNS]);
    const rows = csvObjects(csv.text);
    const first = def.items[0];
    const options = rows.filter((x) => x.name === first?.code);
    expect(options.map((x) => Number(x.option_code))).toEqual(
      def.responseSets[first?.responseSet as string]?.options.map((o) => o.code),
    );
    const nd = ndjsonRows((await download(`${base()}/codebook?format=ndjson`, { token: s.token })).text);
    const json = JSON.parse((await download(`${base()}/codebook`, { token: s.token })).text);
    expect(nd).toEqual(json.variables);
  });

  it("GET /api/v1/instruments/:instrumentId/codebook: same shape, for tokens and members", async () => {
    const byToken = await download(`/api/v1/instruments/${BUILTIN}/codebook`, { token: s.token });
    expect(byToken.status).toBe(200);
    const network = JSON.parse((await download(`${base()}/codebook`, { token: s.token })).text);
    expect(JSON.parse(byToken.text)).toEqual(network);
    expect(
      (await download(`/api/v1/instruments/${BUILTIN}/codebook?format=csv`, { client: c.facilitatorA }))
        .status,
    ).toBe(200);
    const unknown = await download("/api/v1/instruments/nope/codebook", { token: s.token });
    expectProblem({ ...unknown, body: JSON.parse(unknown.text) }, 404);
    const anonymous = await download(`/api/v1/instruments/${BUILTIN}/codebook`, {});
    expect(anonymous.status).toBe(401);
  });
});
