const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

/** A random id of 20 Crockford-base32 characters (100 bits): unguessable, URL-safe, short. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  let out = "";
  for (const b of bytes) out += alphabet[b & 31];
  return out;
}

/** Codes people type (survey slips, join codes): no 0/O or 1/I/L to confuse. */
export function humanCode(length: number): string {
  const letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = "";
  // 256 % 31 leaves a slight bias; irrelevant for codes that are single use and throttled.
  for (const b of bytes) out += letters[b % letters.length];
  return out;
}

export const bytesToHex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

export async function sha256Hex(text: string): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))));
}

export const nowIso = () => new Date().toISOString();
