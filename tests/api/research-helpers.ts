/**
 * Fixtures for the research API tests: packed responses written straight into D1, rounds taken
 * through open → close (→ publish) by the API, raw export downloads, and an RFC 4180 parser.
 */
import { env, SELF } from "cloudflare:test";
import { expect } from "vitest";
import { builtinInstrument, validateAnswers } from "../../shared/instrument/index.ts";
import { type Client, type Fixture, ORIGIN } from "./helpers.ts";

const def = builtinInstrument;

/** A small deterministic generator, so that a failing test fails the same way again. */
export function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One person's answers: random options, some items left blank, 0–3 value-most picks. */
export function randomPacked(rand: () => number, blank = 0.1): Uint8Array {
  const answers: Record<string, unknown> = {};
  for (const item of def.items) {
    if (rand() < blank) continue;
    const k = def.responseSets[item.responseSet].options.length;
    answers[item.code] = 1 + Math.floor(rand() * k);
  }
  const picks = def.multipleChoice.options
    .filter(() => rand() < 0.25)
    .slice(0, def.multipleChoice.maxChoices);
  if (picks.length) answers[def.multipleChoice.code] = picks.map((o) => o.key);
  const r = validateAnswers(def, answers);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.packed;
}

let seq = 0;

export interface ResponseSpec {
  centreId: string;
  teamId: string | null;
  packed: Uint8Array;
  panelCode?: string | null;
}

export async function insertResponses(roundId: string, rows: ResponseSpec[]): Promise<string[]> {
  const ids = rows.map(() => `resp-${++seq}-${crypto.randomUUID().slice(0, 8)}`);
  for (let i = 0; i < rows.length; i += 50) {
    await env.DB.batch(
      rows
        .slice(i, i + 50)
        .map((r, k) =>
          env.DB.prepare(
            "INSERT INTO responses (id, round_id, centre_id, team_id, panel_code, answers, source, submitted_at) VALUES (?, ?, ?, ?, ?, ?, 'import', '2031-03-02T10:00:00Z')",
          ).bind(ids[i + k], roundId, r.centreId, r.teamId, r.panelCode ?? null, r.packed),
        ),
    );
  }
  return ids;
}

/** Creates a round on the given centres, fills it, closes it and (unless told otherwise) publishes it. */
export async function closedRound(
  coordinator: Client,
  networkId: string,
  opts: { label: string; opensOn: string; centreIds: string[]; rows: ResponseSpec[]; publish?: boolean },
): Promise<{ roundId: string; responseIds: string[] }> {
  const created = await coordinator.post(`/api/v1/networks/${networkId}/rounds`, {
    label: opts.label,
    opensOn: opts.opensOn,
    closesOn: opts.opensOn.replace(/-\d\d$/, "-28"),
    centreIds: opts.centreIds,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const roundId = created.body.id as string;
  expect((await coordinator.post(`/api/v1/rounds/${roundId}/open`)).status).toBe(200);
  const responseIds = await insertResponses(roundId, opts.rows);
  const closed = await coordinator.post(`/api/v1/rounds/${roundId}/close`);
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  if (opts.publish !== false)
    expect((await coordinator.post(`/api/v1/rounds/${roundId}/publish`)).status).toBe(200);
  return { roundId, responseIds };
}

export interface Download {
  status: number;
  text: string;
  headers: Headers;
}

/** A raw GET with a bearer token or a signed-in client's cookie; the body as text. */
export async function download(
  path: string,
  auth: { token?: string; client?: Client },
  accept = "*/*",
): Promise<Download> {
  const headers: Record<string, string> = { origin: ORIGIN, accept };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.client?.cookie) headers.cookie = auth.client.cookie;
  const res = await SELF.fetch(`${ORIGIN}${path}`, { headers });
  // Decoded by hand: workerd warns on .text() for types it does not know as text (NDJSON).
  return {
    status: res.status,
    text: new TextDecoder().decode(await res.arrayBuffer()),
    headers: res.headers,
  };
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; records end in CRLF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else if (ch === "\n") throw new Error(`bare LF at ${i}: not RFC 4180`);
    else field += ch;
  }
  if (field !== "" || record.length) throw new Error("last record not terminated by CRLF");
  return records;
}

/** CSV records as objects keyed by the header row; every record must have the header's width. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r, i) => {
    if (r.length !== header.length)
      throw new Error(`record ${i + 1} has ${r.length} fields, header ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k] as string]));
  });
}

export const ndjsonRows = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** A token for the network, created through the API by its coordinator. */
export async function newToken(coordinator: Client, networkId: string, body: Record<string, unknown> = {}) {
  const r = await coordinator.post(`/api/v1/networks/${networkId}/tokens`, { name: "study", ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; token: string };
}

export interface Scenario {
  teamA2: string;
  centreC: string;
  rounds: { id: string; label: string; opensOn: string }[];
  /** Round 3 is closed, not published: only the coordinator exports it. */
  closedOnly: string;
  /** Response id → what was inserted. */
  inserted: Map<string, ResponseSpec & { roundId: string }>;
  /** A response of centre C, round 1, with most items blank. */
  sparseId: string;
  token: string;
  tokenId: string;
}

/**
 * The story the export tests read (minimum group size 5, every item answered unless said):
 * - round 1 (published): C01 = Centre A with T01 6 and T02 6 (both shown); C02 = Centre B 3
 *   (under the minimum); C03 = Centre C 5, one of them answering only the first scale's items, so
 *   that C03 reaches the minimum on that scale only.
 * - round 2 (published): C01 with T01 6 and T02 3: T02 is under the minimum and T01 is hidden with
 *   it (else T02 = C01 − T01); C02 6; C03 5. Two people of T01 give the same panel codes as in round 1.
 * - round 3 (closed only): C01 5, no team.
 * Centre C leaves the network after round 2.
 */
export async function scenario(f: Fixture, coordinator: Client): Promise<Scenario> {
  const rand = lcg(2031);
  const teamA2 = `${f.teamA1}-a2`;
  const centreC = `${f.centreA}-c`;
  await env.DB.batch([
    env.DB.prepare("INSERT INTO teams (id, centre_id, name, pseudonym) VALUES (?, ?, 'Team A2', 'T02')").bind(
      teamA2,
      f.centreA,
    ),
    env.DB.prepare(
      "INSERT INTO centres (id, network_id, name, pseudonym) VALUES (?, ?, 'Centre C', 'C03')",
    ).bind(centreC, f.networkId),
  ]);
  const inserted = new Map<string, ResponseSpec & { roundId: string }>();
  const people = (
    centreId: string,
    teamId: string | null,
    n: number,
    panel: (i: number) => string | null = () => null,
  ) =>
    Array.from({ length: n }, (_, i) => ({
      centreId,
      teamId,
      packed: randomPacked(rand, 0),
      panelCode: panel(i),
    }));
  const sparse = randomPacked(rand, 0);
  // Only the first scale's items answered: missing on every other scale.
  def.items.forEach((item, slot) => {
    if (item.scale !== def.scales[0]?.key) sparse[slot] = 0;
  });
  const plan = [
    {
      label: "Wave one",
      opensOn: "2031-03-01",
      centreIds: [f.centreA, f.centreB, centreC],
      rows: [
        ...people(f.centreA, f.teamA1, 6, (i) => (i < 2 ? `fox-${i}` : null)),
        ...people(f.centreA, teamA2, 6),
        ...people(f.centreB, null, 3),
        ...people(centreC, null, 4),
        { centreId: centreC, teamId: null, packed: sparse, panelCode: null },
      ],
    },
    {
      label: "Wave two",
      opensOn: "2032-03-01",
      centreIds: [f.centreA, f.centreB, centreC],
      rows: [
        ...people(f.centreA, f.teamA1, 6, (i) => (i < 2 ? `fox-${i}` : null)),
        ...people(f.centreA, teamA2, 3),
        ...people(f.centreB, null, 6),
        ...people(centreC, null, 5),
      ],
    },
    {
      label: "Wave three",
      opensOn: "2033-03-01",
      centreIds: [f.centreA],
      rows: people(f.centreA, null, 5),
      publish: false,
    },
  ];
  const rounds: Scenario["rounds"] = [];
  let sparseId = "";
  for (const p of plan) {
    const { roundId, responseIds } = await closedRound(coordinator, f.networkId, p);
    rounds.push({ id: roundId, label: p.label, opensOn: p.opensOn });
    responseIds.forEach((id, i) => {
      const spec = p.rows[i] as ResponseSpec;
      inserted.set(id, { ...spec, roundId });
      if (spec.packed === sparse) sparseId = id;
    });
  }
  await env.DB.prepare("UPDATE round_centres SET invited = 16 WHERE round_id = ? AND centre_id = ?")
    .bind(rounds[0]?.id, f.centreA)
    .run();
  const left = await coordinator.patch(`/api/v1/centres/${centreC}`, { leftOn: "2032-12-31" });
  expect(left.status).toBe(200);
  const t = await newToken(coordinator, f.networkId);
  return {
    teamA2,
    centreC,
    rounds,
    closedOnly: rounds[2]?.id as string,
    inserted,
    sparseId,
    token: t.token,
    tokenId: t.id,
  };
}
