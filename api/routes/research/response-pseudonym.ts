/**
 * Pseudonymous response ids for the respondent-level export: HMAC-SHA256 of the response's
 * database id under the network's research key, cut to 20 hex characters (80 bits). The same
 * response has the same pseudonym in every export for as long as the network exists, the database
 * id cannot be recovered from it, and the pseudonyms of two networks cannot be matched up.
 */
import { hmacSha256Hex, hmacSha256Writer } from "../../../shared/crypto/hmac-sha256.ts";
import { bytesToHex } from "../../lib/ids.ts";

const encoder = new TextEncoder();

async function hmacKey(raw: BufferSource): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/** A fresh research key for a new network. */
export const newResearchKey = () => bytesToHex(crypto.getRandomValues(new Uint8Array(32)));

/**
 * The key networks made before keys were stored had their ids made with: derived from the Worker's
 * secret. Stored on their first export since, so that rotating the secret no longer changes them.
 */
async function legacyResearchKey(secret: string, networkId: string): Promise<string> {
  const master = await hmacKey(encoder.encode(secret));
  const derived = await crypto.subtle.sign(
    "HMAC",
    master,
    encoder.encode(`amica research response ids\u0000${networkId}`),
  );
  return bytesToHex(new Uint8Array(derived));
}

/** The network's research key, stored first if it has none yet. */
export async function networkResearchKey(d1: D1Database, secret: string, networkId: string): Promise<string> {
  const read = () =>
    d1
      .prepare("SELECT research_key FROM networks WHERE id = ?")
      .bind(networkId)
      .first<string | null>("research_key");
  const key = await read();
  if (key) return key;
  // Two first exports at once: the second UPDATE matches nothing, and both read the one stored key.
  await d1
    .prepare("UPDATE networks SET research_key = ? WHERE id = ? AND research_key IS NULL")
    .bind(await legacyResearchKey(secret, networkId), networkId)
    .run();
  const stored = await read();
  if (!stored) throw new Error(`network ${networkId} has no research key`);
  return stored;
}

/**
 * The pseudonym of a response id: HMAC-SHA256 computed in JavaScript rather than through
 * `crypto.subtle`, whose promise per call made it a large share of a big export's time; the same
 * bytes either way (tests/unit/hmac-sha256.test.ts).
 */
export function responsePseudonymizer(researchKey: string): (responseId: string) => string {
  return hmacSha256Hex(hexToBytes(researchKey), 10);
}

/**
 * The same pseudonym written as 20 hex bytes into a buffer, from the id at `text[start…end]`:
 * the export signs ids where they lie in a page's text, with nothing allocated per row.
 */
export function responsePseudonymWriter(
  researchKey: string,
): (text: string, start: number, end: number, out: Uint8Array, at: number) => void {
  return hmacSha256Writer(hexToBytes(researchKey), 10);
}
