import { env, SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "../../shared/csv.ts";
import { da } from "../../shared/i18n/da.ts";
import { en } from "../../shared/i18n/en.ts";
import { surveyDa } from "../../shared/i18n/features/survey.da.ts";
import { surveyEn } from "../../shared/i18n/features/survey.en.ts";
import { addMessages, importErrorMessage } from "../../shared/i18n/index.ts";
import { builtinInstrument, unpackAnswers } from "../../shared/instrument/index.ts";
import { importErrorCodes } from "../../shared/schemas/import-error-code.ts";
import { type Client, clients, expectProblem, type Fixture, fixture, ORIGIN } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;

const items = builtinInstrument.items.map((i) => i.code);
const [i1, i2] = items;
const mc = builtinInstrument.multipleChoice;
const optionCount = (code: string) => {
  const item = builtinInstrument.items.find((i) => i.code === code);
  return builtinInstrument.responseSets[item?.responseSet ?? ""].options.length;
};

async function newRound(label: string, centreIds = [f.centreA, f.centreB]) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds,
  });
  expect((await c.coordinator.post(`/api/v1/rounds/${r.body.id}/open`)).status).toBe(200);
  return r.body.id as string;
}

const importCsv = (csv: string, { round = roundId, query = "", who = c.coordinator as Client } = {}) =>
  who.call("POST", `/api/v1/rounds/${round}/responses/import${query}`, csv, { "content-type": "text/csv" });

/** Bytes as they are, for encodings the string helper would not produce. */
async function importBytes(bytes: Uint8Array<ArrayBuffer>) {
  const res = await SELF.fetch(`${ORIGIN}/api/v1/rounds/${roundId}/responses/import`, {
    method: "POST",
    headers: { origin: ORIGIN, cookie: c.coordinator.cookie, "content-type": "text/csv" },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

const stored = async (round = roundId) =>
  (
    await env.DB.prepare("SELECT count(*) AS n FROM responses WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>()
  )?.n ?? 0;

type Rejected = { rejected: { row: number; errors: { column: string; code: string }[] }[] };
const rejectedColumns = (body: Rejected) =>
  Object.fromEntries(body.rejected.map((r) => [r.row, r.errors.map((e) => e.column)]));
/** Each rejected row's error codes; every code must be one the SPA has words for. */
const rejectedCodes = (body: Rejected) => {
  for (const e of body.rejected.flatMap((r) => r.errors))
    expect(importErrorCodes, JSON.stringify(e)).toContain(e.code);
  return Object.fromEntries(body.rejected.map((r) => [r.row, r.errors.map((e) => e.code)]));
};

let seq = 0;
/** Files differ by an unused trailing panel code so that each test's file has its own hash. */
const unique = () => `p${++seq}-${Date.now()}`;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  roundId = await newRound("Imports");
});

describe("POST /api/v1/rounds/:roundId/responses/import", () => {
  it("imports a good file, with teams by id, pseudonym or name, panel codes and choices", async () => {
    const csv = [
      `centre,team,panel_code,${i1},${i2},${mc.code},gives-satisfaction`,
      `${f.centreA},${f.teamA1},${unique()},1,2,${mc.options[0].key}|${mc.options[1].key},`,
      `C01,T01,,3,,,"Colleagues, and ""the coffee"""`,
      `c02,,,5,4,,`,
      `${f.centreA},team a1,panel-xyz,,,${mc.options[2].key},`,
    ].join("\n");
    const r = await importCsv(csv, { query: "?filename=export.csv" });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ imported: 4, rejected: [], rejectedCount: 0 });
    const rows = await env.DB.prepare(
      "SELECT centre_id, team_id, panel_code, answers, open_answers, source, import_id FROM responses WHERE round_id = ? ORDER BY rowid",
    )
      .bind(roundId)
      .all<{
        centre_id: string;
        team_id: string | null;
        panel_code: string | null;
        answers: ArrayBuffer;
        open_answers: string | null;
        source: string;
        import_id: string;
      }>();
    expect(rows.results.map((x) => [x.centre_id, x.team_id])).toEqual([
      [f.centreA, f.teamA1],
      [f.centreA, f.teamA1],
      [f.centreB, null],
      [f.centreA, f.teamA1],
    ]);
    expect(
      rows.results.every((x) => x.source === "import" && x.import_id === rows.results[0].import_id),
    ).toBe(true);
    const answers = rows.results.map((x) => unpackAnswers(builtinInstrument, new Uint8Array(x.answers)));
    expect(answers[0]).toEqual({ [i1]: 1, [i2]: 2, [mc.code]: [mc.options[0].key, mc.options[1].key] });
    expect(answers[1]).toEqual({ [i1]: 3 });
    expect(answers[3]).toEqual({ [mc.code]: [mc.options[2].key] });
    expect(JSON.parse(rows.results[1].open_answers ?? "null")).toEqual({
      "gives-satisfaction": 'Colleagues, and "the coffee"',
    });
    expect(rows.results[3].panel_code).toBe("panel-xyz");
    const record = await env.DB.prepare(
      "SELECT filename, row_count, content_hash FROM imports WHERE round_id = ?",
    )
      .bind(roundId)
      .first<{ filename: string; row_count: number; content_hash: string }>();
    expect(record).toMatchObject({ filename: "export.csv", row_count: 4 });
    expect(record?.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not duplicate a file imported before", async () => {
    const csv = `centre,${i1},panel_code\n${f.centreA},1,${unique()}\n${f.centreA},2,\n`;
    expect((await importCsv(csv)).status).toBe(201);
    const before = await stored();
    const again = await importCsv(csv);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ imported: 0, rejected: [], duplicate: true });
    expect(again.body.note).toMatch(/imported/);
    expect(await stored()).toBe(before);
  });

  it("rejects a bad file naming row and column, and stores nothing", async () => {
    const before = await stored();
    const csv = [
      `centre,team,panel_code,${i1},${i2},${mc.code}`,
      `no-such-centre,,,1,1,`,
      `${f.centreA},no-such-team,,1,1,`,
      `${f.centreA},,ab,1,1,`,
      `${f.centreA},,,${optionCount(i1) + 1},x,`,
      `${f.centreA},,,1,1,${mc.options
        .slice(0, mc.maxChoices + 1)
        .map((o) => o.key)
        .join("|")}`,
      `${f.centreA},,,1,1,no-such-option`,
      `,,,1,1,`,
    ].join("\r\n");
    const r = await importCsv(csv);
    expectProblem(r, 422);
    expect(r.body.imported).toBe(0);
    expect(r.body.rejectedCount).toBe(7);
    expect(rejectedColumns(r.body)).toEqual({
      2: ["centre"],
      3: ["team"],
      4: ["panel_code"],
      5: [i1, i2],
      6: [mc.code],
      7: [mc.code],
      8: ["centre"],
    });
    expect(rejectedCodes(r.body)).toEqual({
      2: ["unknown"],
      3: ["unknown"],
      4: ["format"],
      5: ["range", "invalid"],
      6: ["too-many"],
      7: ["unknown"],
      8: ["required"],
    });
    expect(r.body.rejected.find((x: { row: number }) => x.row === 5).errors[0]).toEqual({
      column: i1,
      code: "range",
      params: { min: 1, max: optionCount(i1) },
      message: `option code must be between 1 and ${optionCount(i1)}`,
    });
    expect(r.body.rejected.find((x: { row: number }) => x.row === 6).errors[0].params).toEqual({
      max: mc.maxChoices,
    });
    expect(await stored()).toBe(before);
  });

  it("with a mixed file stores nothing by default, and only the valid rows with ?partial=true", async () => {
    const before = await stored();
    const csv = [
      `centre,${i1},panel_code`,
      `${f.centreA},1,${unique()}`,
      `${f.centreA},9,`,
      `${f.centreB},2,`,
    ].join("\n");
    const all = await importCsv(csv);
    expectProblem(all, 422);
    expect(all.body).toMatchObject({ imported: 0, rejectedCount: 1 });
    expect(rejectedColumns(all.body)).toEqual({ 3: [i1] });
    expect(all.body.detail).toMatch(/partial=true/);
    expect(await stored()).toBe(before);
    const partial = await importCsv(csv, { query: "?partial=true" });
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ imported: 2, rejectedCount: 1 });
    expect(rejectedColumns(partial.body)).toEqual({ 3: [i1] });
    expect(await stored()).toBe(before + 2);
    const none = await importCsv(`centre,${i1}\n${f.centreA},9\n`, { query: "?partial=true" });
    expectProblem(none, 422);
    expect(none.body.imported).toBe(0);
  });

  it("reads UTF-8 with a BOM, semicolons and CRLF as Danish Excel writes them, and quoted cells", async () => {
    const before = await stored();
    const csv = `\uFEFFCentre;${i1};${i2};gives-satisfaction;panel_code\r\n${f.centreA};1;2;"Kollegerne; og\r\n""kaffen""";${unique()}\r\n${f.centreB};;3;Ærlighed;\r\n\r\n`;
    const r = await importBytes(new TextEncoder().encode(csv));
    expect(r.status).toBe(201);
    expect(r.body.imported).toBe(2);
    expect(await stored()).toBe(before + 2);
    const open = await env.DB.prepare(
      "SELECT open_answers FROM responses WHERE round_id = ? AND open_answers IS NOT NULL ORDER BY rowid DESC LIMIT 2",
    )
      .bind(roundId)
      .all<{ open_answers: string }>();
    expect(open.results.map((x) => JSON.parse(x.open_answers)["gives-satisfaction"])).toEqual([
      "Ærlighed",
      'Kollegerne; og\r\n"kaffen"',
    ]);
  });

  it("takes the multiple choice as one column per option too", async () => {
    const [a, b] = mc.options;
    const csv = `centre,${mc.code}.${a.key},${mc.code}.${b.key},panel_code\n${f.centreA},1,0,${unique()}\n${f.centreA},1,1,\n`;
    const r = await importCsv(csv);
    expect(r.status).toBe(201);
    const rows = await env.DB.prepare(
      "SELECT answers FROM responses WHERE round_id = ? ORDER BY rowid DESC LIMIT 2",
    )
      .bind(roundId)
      .all<{ answers: ArrayBuffer }>();
    expect(
      rows.results.map((x) => unpackAnswers(builtinInstrument, new Uint8Array(x.answers))[mc.code]),
    ).toEqual([[a.key, b.key], [a.key]]);
  });

  it("refuses a header it does not understand, a file that is not UTF-8, and an empty file", async () => {
    const header = await importCsv(`centre,${i1},no-such-item,${i1}\n${f.centreA},1,1,1\n`);
    expectProblem(header, 422);
    expect(header.body.rejected).toEqual([
      {
        row: 1,
        errors: [
          { column: "no-such-item", code: "unknown-column", message: expect.any(String) },
          { column: i1, code: "duplicate", message: "This column appears twice." },
        ],
      },
    ]);
    const noCentre = await importCsv(`${i1}\n1\n`);
    expectProblem(noCentre, 422);
    expect(noCentre.body.rejected[0].errors[0]).toMatchObject({ column: "centre", code: "missing-column" });
    const both = await importCsv(`centre,${mc.code},${mc.code}.${mc.options[0].key},\n${f.centreA},,1,\n`);
    expectProblem(both, 422);
    expect(rejectedCodes(both.body)).toEqual({ 1: ["unnamed-column", "choices-both-ways"] });
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(`centre,gives-satisfaction\n${f.centreA},`),
      0xc6,
      10,
    ]);
    const notUtf8 = await importBytes(latin1);
    expectProblem(notUtf8, 422);
    expect(notUtf8.body.detail).toMatch(/UTF-8/);
    expectProblem(await importCsv(""), 422);
    expectProblem(await importCsv(`centre,${i1}\n`), 422);
  });

  it("is the coordinator's alone: a facilitator gets 403 with a code; checks roles", async () => {
    const body = `centre,${i1},panel_code\n${f.centreA},1,${unique()}\n`;
    const facilitator = await importCsv(body, { who: c.facilitatorA });
    expectProblem(facilitator, 403);
    expect(facilitator.body.code).toBe("coordinator-only");
    expectProblem(await importCsv(body, { who: c.researcher }), 403);
    expectProblem(await importCsv(body, { who: c.outsider }), 404);
    expectProblem(await importCsv(body, { who: c.anonymous }), 401);
    expectProblem(await importCsv(body, { round: "no-such-round" }), 404);
    const onlyB = await newRound("B only", [f.centreB]);
    expectProblem(await importCsv(body, { round: onlyB, who: c.facilitatorA }), 404);
  });

  it("goes only into an open round: closed, published and draft rounds refuse with 409 round-not-open", async () => {
    const round = await newRound("Late import");
    const rows = (n: number, option: number) =>
      Array.from(
        { length: n },
        () => `${f.centreA},${items.map((code) => Math.min(option, optionCount(code))).join(",")}`,
      );
    const first = await importCsv([`centre,${items.join(",")}`, ...rows(5, 1)].join("\n"), { round });
    expect(first.status).toBe(201);
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/close`)).status).toBe(200);
    const late = await importCsv([`centre,${items.join(",")}`, ...rows(3, 5)].join("\n"), { round });
    expectProblem(late, 409);
    expect(late.body.code).toBe("round-not-open");
    expect(await stored(round)).toBe(5);
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/publish`)).status).toBe(200);
    expectProblem(await importCsv(`centre,${i1}\n${f.centreA},1\n`, { round }), 409);
    const draft = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "Draft",
      opensOn: "2031-03-01",
      closesOn: "2031-03-31",
      centreIds: [f.centreA],
    });
    expectProblem(await importCsv(`centre,${i1}\n${f.centreA},1\n`, { round: draft.body.id }), 409);
  });

  it("imports 10,000 rows of every item in one request", { timeout: 120_000 }, async () => {
    const round = await newRound("Big import");
    const header = `centre,team,panel_code,${items.join(",")},${mc.code}`;
    const lines = [header];
    for (let r = 0; r < 10_000; r++) {
      const values = items.map((code, k) => 1 + ((r + k) % optionCount(code)));
      lines.push(
        `${r % 2 ? "C01" : "C02"},${r % 2 ? "T01" : ""},${r % 7 ? "" : `panel-${r}`},${values.join(",")},${mc.options[r % mc.options.length].key}`,
      );
    }
    const csv = lines.join("\n");
    expect(items.length).toBeGreaterThanOrEqual(80);
    const r = await importCsv(csv, { round });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ imported: 10_000, rejected: [], rejectedCount: 0 });
    expect(await stored(round)).toBe(10_000);
    const sample = await env.DB.prepare(
      "SELECT answers FROM responses WHERE round_id = ? AND panel_code = 'panel-7'",
    )
      .bind(round)
      .first<{ answers: ArrayBuffer }>();
    const back = unpackAnswers(builtinInstrument, new Uint8Array(sample?.answers ?? new ArrayBuffer(0)));
    expect(back[items[0]]).toBe(1 + (7 % optionCount(items[0])));
    expect(back[mc.code]).toEqual([mc.options[7 % mc.options.length].key]);
  });
});

describe("CSV reading (RFC 4180)", () => {
  const rows = (text: string) => [...parseCsv(text, detectDelimiter(text))];

  it("splits on the header's delimiter and keeps quoted delimiters, quotes and line breaks", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter('"a;b",c,d')).toBe(",");
    expect(rows('a,b\n"x,y","say ""hi""\nthere"\n')).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["x,y", 'say "hi"\nthere'] },
    ]);
  });
  it("takes CRLF, LF and CR line ends, counts blank lines and keeps empty cells", () => {
    expect(rows("a,b\r\n1,\r\n\r\n,2\r3,4")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", ""] },
      { row: 3, cells: [""] },
      { row: 4, cells: ["", "2"] },
      { row: 5, cells: ["3", "4"] },
    ]);
    expect(rows("a,b,")).toEqual([{ row: 1, cells: ["a", "b", ""] }]);
  });
  it("flags broken quoting on its row", () => {
    const [, bad] = rows('a,b\n"x"y,1\n');
    expect(bad.error).toMatch(/closing quote/);
    expect(bad.errorCode).toBe("text-after-quote");
    const [, unclosed] = rows('a\n"never closed\n1\n');
    expect(unclosed.error).toMatch(/never closed/);
    expect(unclosed.errorCode).toBe("unclosed-quote");
  });
});

describe("import row errors in the reader's language", () => {
  it("gives a row's own faults a code and their bounds: too many cells, a bad choice flag, broken quoting", async () => {
    const [a] = mc.options;
    const csv = [
      `centre,${i1},${mc.code}.${a.key}`,
      `${f.centreA},1,1,extra`,
      `${f.centreA},1,yes`,
      `${f.centreA},"1"x,0`,
    ].join("\n");
    const r = await importCsv(csv);
    expectProblem(r, 422);
    expect(rejectedCodes(r.body)).toEqual({
      2: ["too-many-cells"],
      3: ["choice-flag"],
      4: ["text-after-quote"],
    });
    expect(r.body.rejected[0].errors[0].params).toEqual({ cells: 4, columns: 3 });
  });

  it("has Danish and English words for every code, filled from the bounds, none of them the general fallback", () => {
    // The dictionaries start empty (the SPA loads one language's chunks): add what the test reads.
    addMessages("da", { ...da, ...surveyDa });
    addMessages("en", { ...en, ...surveyEn });
    for (const locale of ["da", "en"] as const) {
      const fallback = importErrorMessage(locale, { column: "x", code: "no-such-code" });
      for (const code of importErrorCodes) {
        const words = importErrorMessage(locale, {
          column: "x",
          code,
          params: { min: 1, max: 5, cells: 4, columns: 3 },
        });
        expect(words, `${locale} ${code}`).not.toMatch(/\{\w+\}/);
        if (code !== "invalid") expect(words, `${locale} ${code}`).not.toBe(fallback);
      }
    }
    expect(importErrorMessage("da", { column: "pr1", code: "range", params: { min: 1, max: 5 } })).toBe(
      "Skriv et svar fra 1 til 5.",
    );
    expect(importErrorMessage("da", { column: "centre", code: "unknown" })).toBe(
      "Ikke et center i runden, som du må importere svar for.",
    );
    expect(
      importErrorMessage("en", { column: "(row)", code: "too-many-cells", params: { cells: 4, columns: 3 } }),
    ).toBe("More cells (4) than columns (3).");
  });
});
