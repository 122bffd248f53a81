/**
 * The respondent export's stored rows (api/routes/research/export-pages.ts): written after each
 * close, copied by CSV exports instead of computed, and never used where they could be stale. Each
 * test compares the export read from the stored rows with the same export computed from the
 * answers (the stored rows dropped), byte for byte.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { storeExportPages } from "../../api/routes/research/export-pages.ts";
import { clients, type Fixture, fixture } from "./helpers.ts";
import {
  csvObjects,
  download,
  insertResponses,
  lcg,
  randomPacked,
  type Scenario,
  scenario,
} from "./research-helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let s: Scenario;

/** The CSV export with the research token (published rounds), or as the coordinator (closed ones too). */
const csv = async (query = "", asCoordinator = false) => {
  const r = await download(
    `/api/v1/networks/${f.networkId}/export/responses?format=csv${query}`,
    asCoordinator ? { client: c.coordinator } : { token: s.token },
  );
  expect(r.status, r.text).toBe(200);
  return r.text;
};

const storedRows = async (roundId: string) =>
  (await env.DB.prepare("SELECT ifnull(sum(rows), 0) AS n FROM export_pages WHERE round_id = ?")
    .bind(roundId)
    .first<number>("n")) as number;

/** The same export computed from the answers: the stored rows set aside, then put back. */
async function computed(query = "", asCoordinator = false): Promise<string> {
  const { results } = await env.DB.prepare("SELECT * FROM export_pages").all();
  await env.DB.prepare("DELETE FROM export_pages").run();
  try {
    return await csv(query, asCoordinator);
  } finally {
    await env.DB.batch(
      results.map((r) =>
        env.DB.prepare(
          "INSERT INTO export_pages (round_id, centre_id, closed_at, seq, rows, teams, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ).bind(r.round_id, r.centre_id, r.closed_at, r.seq, r.rows, r.teams, r.body),
      ),
    );
  }
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  s = await scenario(f, c.coordinator);
});

describe("stored export rows", () => {
  it("a close stores a row for every response of the round, at that close", async () => {
    for (const round of s.rounds) {
      const responses = await env.DB.prepare("SELECT count(*) AS n FROM responses WHERE round_id = ?")
        .bind(round.id)
        .first<number>("n");
      expect(await storedRows(round.id)).toBe(responses);
      const { results } = await env.DB.prepare(
        "SELECT DISTINCT p.closed_at = r.closed_at AS current FROM export_pages p JOIN rounds r ON r.id = p.round_id WHERE p.round_id = ?",
      )
        .bind(round.id)
        .all<{ current: number }>();
      expect(results).toEqual([{ current: 1 }]);
    }
  });

  it("CSV from the stored rows is byte for byte the CSV computed from the answers, filtered or not", async () => {
    const [one, two] = s.rounds;
    for (const query of ["", `&rounds=${one.id}`, `&rounds=${two.id}&centres=C01`, "&centres=C03"]) {
      const fromStore = await csv(query);
      expect(csvObjects(fromStore).length).toBeGreaterThan(0);
      expect(fromStore).toBe(await computed(query));
    }
  });

  it("a team hidden by a minimum raised after the close is hidden in stored rows as in computed ones", async () => {
    const before = csvObjects(await csv());
    expect(before.some((r) => r.team === "T01" && r.wave === "1")).toBe(true);
    expect((await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minGroupSize: 7 })).status).toBe(
      200,
    );
    try {
      const text = await csv();
      expect(text).toBe(await computed());
      const rows = csvObjects(text);
      // No team of six is named, and no panel code is left on a row without a shown team.
      expect(rows.filter((r) => r.team !== "")).toEqual([]);
      expect(rows.filter((r) => r.panel_code !== "")).toEqual([]);
    } finally {
      expect((await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minGroupSize: 5 })).status).toBe(
        200,
      );
    }
  });

  it("a reopen drops the round's stored rows; the next close stores them again with the new answers", async () => {
    const round = s.closedOnly;
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/reopen`)).status).toBe(200);
    expect(await storedRows(round)).toBe(0);
    // Five more answers: fewer would keep the centre at its earlier figures (and out of exports).
    const rand = lcg(7);
    await insertResponses(
      round,
      Array.from({ length: 5 }, () => ({ centreId: f.centreA, teamId: null, packed: randomPacked(rand, 0) })),
    );
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/close`)).status).toBe(200);
    expect(await storedRows(round)).toBe(10);
    // Closed, not published: the coordinator's export.
    const text = await csv(`&rounds=${round}`, true);
    expect(csvObjects(text)).toHaveLength(10);
    expect(text).toBe(await computed(`&rounds=${round}`, true));
  });

  it("stored rows of an earlier close, or fewer than the responses, are not used", async () => {
    const [one] = s.rounds;
    const expected = await computed(`&rounds=${one.id}`);
    // Rows left from an earlier close (a write that ended after a reopen, say): computed instead.
    await env.DB.prepare("UPDATE export_pages SET closed_at = '2000-01-01T00:00:00.000Z' WHERE round_id = ?")
      .bind(one.id)
      .run();
    expect(await csv(`&rounds=${one.id}`)).toBe(expected);
    await storeExportPages(env.DB, env.SESSION_SECRET, one.id);
    expect(await csv(`&rounds=${one.id}`)).toBe(expected);
    // A response the stored rows lack (none can come into a closed round through the API): computed,
    // so the row is there.
    const [late] = await insertResponses(one.id, [
      { centreId: f.centreA, teamId: f.teamA1, packed: randomPacked(lcg(8), 0) },
    ]);
    try {
      const text = await csv(`&rounds=${one.id}`);
      expect(csvObjects(text)).toHaveLength(csvObjects(expected).length + 1);
      expect(text).toBe(await computed(`&rounds=${one.id}`));
    } finally {
      await env.DB.prepare("DELETE FROM responses WHERE id = ?").bind(late).run();
    }
  });

  it("JSON and NDJSON, which are computed, hold the same rows as the stored CSV", async () => {
    const rows = csvObjects(await csv());
    const r = await download(`/api/v1/networks/${f.networkId}/export/responses?format=json`, {
      token: s.token,
    });
    const json = JSON.parse(r.text) as Record<string, unknown>[];
    expect(json).toHaveLength(rows.length);
    json.forEach((o, i) => {
      const row = rows[i] as Record<string, string>;
      for (const [k, v] of Object.entries(o)) expect(v === null ? "" : String(v), k).toBe(row[k]);
    });
  });
});
