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
