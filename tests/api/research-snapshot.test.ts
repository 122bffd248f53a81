/**
 * Round snapshots (api/routes/research/snapshot.ts): one gzipped NDJSON file per published round
 * with its codebook, a content hash and a citation line. Read in the research scenario
 * (research-helpers.ts): round 1 leaves C02 out (3 people); round 2 hides both of C01's teams.
 */
import { SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { Sha256 } from "../../shared/crypto/sha256.ts";
import { clients, expectProblem, type Fixture, fixture, ORIGIN } from "./helpers.ts";
import { download, ndjsonRows, type Scenario, scenario } from "./research-helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let s: Scenario;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  s = await scenario(f, c.coordinator);
});

const path = (roundId: string, networkId = f.networkId) =>
  `/api/v1/networks/${networkId}/snapshots/${roundId}`;

/** The file as bytes, and its content gunzipped. */
async function fetchSnapshot(roundId: string) {
  const res = await SELF.fetch(`${ORIGIN}${path(roundId)}`, {
    headers: { authorization: `Bearer ${s.token}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/gzip");
  const gz = new Uint8Array(await res.arrayBuffer());
  const plain = new Uint8Array(
    await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer(),
  );
  const text = new TextDecoder().decode(plain);
  const lines = text.split("\n");
  expect(lines.pop()).toBe("");
  const header = JSON.parse(lines[0] as string);
  const footer = JSON.parse(lines.at(-1) as string);
  const rows = lines.slice(1, -1).map((l) => JSON.parse(l) as Record<string, unknown>);
  // The bytes before the footer line: what the content hash covers.
  const hashed = plain.subarray(0, plain.length - new TextEncoder().encode(`${lines.at(-1)}\n`).length);
  return {
    res,
    gz,
    plain,
    header,
    footer,
    rows,
    hashed,
    disposition: res.headers.get("content-disposition"),
  };
}

const sha = (bytes: Uint8Array) => new Sha256().update(bytes).hex();

describe("GET /api/v1/networks/:networkId/snapshots/:roundId", () => {
  it("is the same file on every download, its hash the SHA-256 of its content", async () => {
    const [, two] = s.rounds;
    const first = await fetchSnapshot(two.id);
    const second = await fetchSnapshot(two.id);
    expect(sha(second.gz)).toBe(sha(first.gz));
    expect(second.footer.sha256).toBe(first.footer.sha256);
    expect(first.footer.sha256).toBe(sha(first.hashed));
    expect(first.footer.rows).toBe(first.rows.length);
    expect(first.disposition).toContain(`amica-${f.networkId}-${two.id}-v`);
    // The citation names network, round, publish date and hash.
    const cite = first.footer.citation as string;
    expect(cite).toContain(first.header.network.name);
    expect(cite).toContain(two.label);
    expect(cite).toContain(first.header.round.published_on);
    expect(cite).toContain(first.footer.sha256);
    expect(first.header.round.published_on).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it("the citation route gives the same hash and line without the rows", async () => {
    const [one] = s.rounds;
    const file = await fetchSnapshot(one.id);
    const r = await c.researcher.get(`${path(one.id)}/citation`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.sha256).toBe(file.footer.sha256);
    expect(r.body.citation).toBe(file.footer.citation);
    expect(r.body.rows).toBe(file.rows.length);
    expect(r.body.round.id).toBe(one.id);
  });

  it("holds the responses export's rows for the round, and a codebook entry for every column", async () => {
    const [one] = s.rounds;
    const snap = await fetchSnapshot(one.id);
    const exported = await download(
      `/api/v1/networks/${f.networkId}/export/responses?format=ndjson&rounds=${one.id}`,
      {
        token: s.token,
      },
    );
    expect(snap.rows).toEqual(ndjsonRows(exported.text));
    expect(snap.header.columns).toEqual(Object.keys(snap.rows[0] ?? {}));
    const described = new Set((snap.header.codebook.variables as { name: string }[]).map((v) => v.name));
    for (const column of snap.header.columns as string[]) expect(described, column).toContain(column);
    expect(snap.header.suppressed_rows).toBe(3);
  });

  it("leaves hidden groups out: no centre or team under the minimum, nothing to subtract", async () => {
    const [one, two] = s.rounds;
    for (const round of [one, two]) {
      const { rows, header } = await fetchSnapshot(round.id);
      const min = header.min_group_size as number;
      expect(min).toBe(5);
      const byCentre = new Map<string, Record<string, unknown>[]>();
      for (const row of rows)
        byCentre.set(row.centre as string, [...(byCentre.get(row.centre as string) ?? []), row]);
      for (const [centre, list] of byCentre) {
        expect(list.length, `${round.label} ${centre}`).toBeGreaterThanOrEqual(min);
        const teams = new Map<string, number>();
        for (const row of list)
          if (row.team !== null) teams.set(row.team as string, (teams.get(row.team as string) ?? 0) + 1);
        for (const [team, n] of teams) expect(n, `${centre} ${team}`).toBeGreaterThanOrEqual(min);
        // The centre less its shown teams: the people without a shown team, 0 or at least the minimum.
        const rest = list.length - [...teams.values()].reduce((a, b) => a + b, 0);
        expect(rest === 0 || rest >= min, `${centre}: ${rest} left without a team`).toBe(true);
      }
    }
    // Round 1: C02 had 3 people; round 2: C01's T02 had 3 and T01 is hidden with it.
    expect((await fetchSnapshot(one.id)).rows.some((r) => r.centre === "C02")).toBe(false);
    const round2 = (await fetchSnapshot(two.id)).rows.filter((r) => r.centre === "C01");
    expect(round2).toHaveLength(9);
    expect(round2.every((r) => r.team === null && r.panel_code === null)).toBe(true);
  });

  it("is for published rounds of the caller's network, to its researchers, coordinator and tokens", async () => {
    expectProblem(await c.coordinator.get(path(s.closedOnly)), 409);
    expect((await c.coordinator.get(path(s.closedOnly))).body.errors[0].code).toBe("no-results-yet");
    expectProblem(await c.researcher.get(path("no-such-round")), 404);
    const [one] = s.rounds;
    expectProblem(await c.outsider.get(path(one.id)), 404);
    expectProblem(await c.facilitatorA.get(path(one.id)), 403);
    expect((await SELF.fetch(`${ORIGIN}${path(one.id)}`)).status).toBe(401);
    expect((await c.researcher.get(`${path(one.id)}/citation`)).status).toBe(200);
  });
});
