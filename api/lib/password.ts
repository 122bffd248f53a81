/** Passwords: PBKDF2-SHA256 through WebCrypto with a per-user salt. */
export const PASSWORD_ITERATIONS = 100_000; // Workers cap PBKDF2 at 100,000 iterations.

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export interface PasswordRecord {
  hash: string;
  salt: string;
  iterations: number;
}

/**
 * What an unknown email is checked against, so that it costs the same full PBKDF2 derivation as a
 * real account and timing does not tell which accounts exist. A constant on purpose: workerd
 * refuses random values (and other work) at module top level, so a hash computed at import made
 * every unknown-email sign-in answer 500 on `wrangler dev`. Its hash (32 zero bytes) is never the
 * output of a derivation in practice, so nothing signs in against it.
 */
export const DECOY_PASSWORD_RECORD: PasswordRecord = Object.freeze({
  hash: b64(new Uint8Array(32)),
  salt: b64(new Uint8Array(16)),
  iterations: PASSWORD_ITERATIONS,
});

export async function hashPassword(
  password: string,
  iterations = PASSWORD_ITERATIONS,
): Promise<PasswordRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { hash: b64(await derive(password, salt, iterations)), salt: b64(salt), iterations };
}

export async function verifyPassword(password: string, record: PasswordRecord): Promise<boolean> {
  const actual = await derive(password, unb64(record.salt), record.iterations);
  const expected = unb64(record.hash);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= actual[i] ^ expected[i];
  return diff === 0;
}
