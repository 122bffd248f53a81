/** The research screens' queries and changes: the network's tokens, and the export URLs. */
import { query, revalidate } from "@solidjs/router";
import { z } from "zod";
import { type TokenCreate, tokenCreatedSchema, tokenSchema } from "../../../../shared/schemas/research.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;

export const getTokens = query(
  (networkId: string) => api.get(z.array(tokenSchema), `/api/v1/networks/${enc(networkId)}/tokens`),
  "research-tokens",
);

export async function createToken(networkId: string, body: TokenCreate) {
  const created = await api.post(tokenCreatedSchema, `/api/v1/networks/${enc(networkId)}/tokens`, body);
  await revalidate(getTokens.keyFor(networkId));
  return created;
}

export async function revokeToken(networkId: string, tokenId: string) {
  await api.send("DELETE", `/api/v1/networks/${enc(networkId)}/tokens/${enc(tokenId)}`);
  await revalidate(getTokens.keyFor(networkId));
}

export const exportKinds = ["scales", "responses", "value-most", "participation", "codebook"] as const;
export type ExportKind = (typeof exportKinds)[number];
export type Format = "csv" | "json" | "ndjson";

export interface ExportChoice {
  kind: ExportKind;
  format: Format;
  /** Round ids; none for every round. */
  rounds: string[];
  /** Centre pseudonyms; none for every centre. */
  centres: string[];
}

/** The export's path and query: `rounds=` repeated (ids never hold commas, labels may). */
export function exportPath(networkId: string, c: ExportChoice): string {
  const q = new URLSearchParams({ format: c.format });
  for (const r of c.rounds) q.append("rounds", r);
  if (c.centres.length) q.set("centres", c.centres.join(","));
  return `/api/v1/networks/${enc(networkId)}/export/${c.kind}?${q}`;
}

export const snapshotCitationSchema = z.object({
  network: z.object({ id: z.string(), name: z.string() }),
  round: z.object({
    id: z.string(),
    label: z.string(),
    round_date: z.string(),
    wave: z.number(),
    published_on: z.string(),
    data_version: z.number(),
  }),
  min_group_size: z.number(),
  suppressed_rows: z.number(),
  file: z.string(),
  rows: z.number(),
  sha256: z.string(),
  citation: z.string(),
});
export type SnapshotCitation = z.infer<typeof snapshotCitationSchema>;

/** A published round's snapshot file (gzipped NDJSON with its codebook and content hash). */
export const snapshotPath = (networkId: string, roundId: string) =>
  `/api/v1/networks/${enc(networkId)}/snapshots/${enc(roundId)}`;

/** Its citation line and hash: every row is read to compute them, so only on demand. */
export const snapshotCitation = (networkId: string, roundId: string) =>
  api.get(snapshotCitationSchema, `${snapshotPath(networkId, roundId)}/citation`);
