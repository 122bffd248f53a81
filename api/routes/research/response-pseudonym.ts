/**
 * Pseudonymous response ids for the respondent-level export: HMAC-SHA256 of the response's
 * database id under a key derived for the network from the Worker's secret, cut to 20 hex
 * characters (80 bits). The same response has the same pseudonym in every export, the database
 * id cannot be recovered from it, and the pseudonyms of two networks cannot be matched up.
 * Rotating the secret changes every pseudonym (and signs everyone out): note it in a study's log.
 */
const encoder = new TextEncoder();

async function hmacKey(raw: BufferSource): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

const hex = (buf: ArrayBuffer, chars: number) =>
  [...new Uint8Array(buf, 0, chars / 2)].map((b) => b.toString(16).padStart(2, "0")).join("");

export async function responsePseudonymizer(secret: string, networkId: string) {
  const master = await hmacKey(encoder.encode(secret));
  const derived = await crypto.subtle.sign(
    "HMAC",
    master,
    encoder.encode(`amica research response ids\u0000${networkId}`),
  );
  const key = await hmacKey(derived);
  return async (responseId: string) =>
    hex(await crypto.subtle.sign("HMAC", key, encoder.encode(responseId)), 20);
}
