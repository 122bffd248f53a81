/**
 * A versioned snapshot of one published round, for a paper to cite exactly the data it used: one
 * file of gzipped NDJSON (`amica-<network>-<round>-v<data version>.ndjson.gz`).
 *
 * - Line 1, the header: `{"amica_snapshot":1, network, round (id, label, date, wave, published
 *   date, data version), min_group_size, suppressed_rows, columns, codebook}`, the codebook being
 *   the respondent export's variables (labels in Danish and English, types, options).
 * - Then one line per response, exactly as the `responses` export writes it in NDJSON for the
 *   round: the same anonymity rules (centres under the minimum group size or with held figures
 *   left out, hidden teams blank, their panel codes too), the same pseudonyms, in the same fixed
 *   order (centre pseudonym, then the secret order of the response ids).
 * - The last line, the footer: `{"amica_snapshot_end":1, rows, sha256, citation}`, where `sha256`
 *   is the SHA-256 of every byte before the footer line (uncompressed), so the content can be
 *   checked and cited by its hash.
 *
 * Nothing in the content depends on when it is downloaded: no timestamps but the round's publish
 * date, no order but the fixed one. The same round at the same data version and minimum group size
 * gives the same bytes, and so the same hash; whatever changes what it holds (a late answer, a new
 * label or network name, a changed minimum, a held centre released) gives a new hash, and a new
 * data version where the figures changed.
 */
import { Sha256 } from "../../../shared/crypto/sha256.ts";
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { buildCodebook } from "./codebook.ts";
import type { Reader } from "./d1-session.ts";
import { type ExportScope, resolveScope } from "./export-scope.ts";
import { utf8 } from "./response-lines.ts";
import { networkResearchKey, responsePseudonymWriter } from "./response-pseudonym.ts";
import { planResponses, responseLayout, responsesTable } from "./responses.export.ts";

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotHeader {
  amica_snapshot: typeof SNAPSHOT_FORMAT;
  network: { id: string; name: string };
  round: {
    id: string;
    label: string;
    round_date: string;
    wave: number;
    published_on: string;
    data_version: number;
  };
  min_group_size: number;
  suppressed_rows: number;
  columns: string[];
  codebook: ReturnType<typeof buildCodebook>;
}

export interface SnapshotSummary {
  rows: number;
  sha256: string;
  citation: string;
}

export interface Snapshot {
  header: SnapshotHeader;
  /** The file's name, with the data version. */
  fileName: string;
  scope: ExportScope;
  /** The uncompressed content, line by line; `summary()` is known once it has run to the end. */
  content(): AsyncGenerator<Uint8Array>;
  summary(): SnapshotSummary | null;
}

/** The citation line: network, round, publish date, version, rows and content hash. */
export function citationLine(h: SnapshotHeader, rows: number, sha256: string): string {
  return `${h.network.name}: ${h.round.label} (round ${h.round.id}, published ${h.round.published_on}), amica data snapshot v${h.round.data_version}, ${rows} responses, SHA-256 ${sha256}.`;
}

export const snapshotFileName = (networkId: string, roundId: string, version: number) =>
  `amica-${networkId}-${roundId}-v${version}.ndjson.gz`;

/**
 * The snapshot of a published round. An unknown round (or one of another network) is 404; a round
 * not yet published is 409: a snapshot is of data researchers may see, fixed by publication.
 */
export async function roundSnapshot(
  d1: D1Database,
  reader: Reader,
  secret: string,
  networkId: string,
  roundId: string,
  instrumentsOf: (rounds: ExportScope["rounds"]) => Promise<[string, InstrumentDefinition][]>,
): Promise<Snapshot> {
  const all = await resolveScope(reader, networkId, {}, { seesClosedRounds: false });
  const info = await reader
    .prepare(
      "SELECT r.status, r.published_at, r.data_version, n.name FROM rounds r JOIN networks n ON n.id = r.network_id WHERE r.id = ? AND r.network_id = ?",
    )
    .bind(roundId, networkId)
    .first<{ status: string; published_at: string | null; data_version: number; name: string }>();
  if (!info) throw notFound("Round");
  const round = all.rounds.find((r) => r.id === roundId);
  if (!round || info.status !== "published")
    throw new Problem(409, "A snapshot is made of a published round; this one is not published yet.", [
      {
        path: "path.roundId",
        code: "no-results-yet",
        message: `Round ${JSON.stringify(roundId)} is ${info.status}.`,
      },
    ]);
  const scope: ExportScope = { ...all, rounds: [round], filter: { rounds: [roundId], centres: null } };
  const instruments = await instrumentsOf(scope.rounds);
  const layout = responseLayout(instruments);
  const plan = await planResponses(reader, scope);
  const book = buildCodebook(instruments);
  const header: SnapshotHeader = {
    amica_snapshot: SNAPSHOT_FORMAT,
    network: { id: networkId, name: info.name },
    round: {
      id: round.id,
      label: round.label,
      round_date: round.date,
      wave: round.wave,
      published_on: (info.published_at ?? "").slice(0, 10),
      data_version: info.data_version,
    },
    min_group_size: round.minGroupSize,
    suppressed_rows: plan.suppressed,
    columns: layout.columns,
    codebook: { ...book, variables: book.variables.filter((v) => v.exports.includes("responses")) },
  };
  const pseudonym = responsePseudonymWriter(await networkResearchKey(d1, secret, networkId));
  const table = responsesTable(reader, scope, scope.rounds, layout, plan, pseudonym);
  let summary: SnapshotSummary | null = null;

  async function* content(): AsyncGenerator<Uint8Array> {
    const hash = new Sha256();
    let rows = 0;
    const head = utf8(`${JSON.stringify(header)}\n`);
    hash.update(head);
    yield head;
    for await (const chunk of table.chunks("ndjson")) {
      hash.update(chunk.bytes);
      rows += chunk.rows;
      yield chunk.bytes;
    }
    const sha256 = hash.hex();
    summary = { rows, sha256, citation: citationLine(header, rows, sha256) };
    yield utf8(`${JSON.stringify({ amica_snapshot_end: SNAPSHOT_FORMAT, ...summary })}\n`);
  }

  return {
    header,
    fileName: snapshotFileName(networkId, round.id, info.data_version),
    scope,
    content,
    summary: () => summary,
  };
}
