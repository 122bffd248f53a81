/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) with one key for many short messages, synchronously. The
 * respondent export signs one response id per row: through `crypto.subtle.sign` that is a promise
 * and a call into the runtime per row, the export's second largest cost (bench/BENCHMARKS.md).
 * Here the key's inner and outer pad blocks are hashed once, so a message of up to 55 bytes costs
 * two compressions. Tests check it against `crypto.subtle` (tests/unit/hmac-sha256.test.ts).
 */
import { compress, digestBytes, finish, IV } from "./sha256.ts";

// ASCII codes of "0"–"9a"–"f", for hex written straight into bytes.
const HEX_CODE = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/**
 * A signer for one key that writes into bytes: `sign(text, start, end, out, at)` takes the
 * message `text.slice(start, end)` (ASCII; any other character goes through UTF-8) and writes
 * the HMAC's first `bytes` bytes as lowercase hex ASCII at `out[at…]`. Nothing is allocated per
 * message for messages of up to 55 bytes, which is what lets the export sign a million response
 * ids without a string or buffer per id (bench/BENCHMARKS.md).
 */
export function hmacSha256Writer(
  key: Uint8Array,
  bytes = 32,
): (text: string, start: number, end: number, out: Uint8Array, at: number) => void {
  const w = new Uint32Array(64);
  let k = key;
  if (k.length > 64) {
    const digest = new Uint32Array(8);
    finish(IV, 0, k, digest, w);
    k = digestBytes(digest);
  }
  const pad = (byte: number) => {
    const block = new Uint8Array(64).fill(byte);
    for (let i = 0; i < k.length; i++) block[i] = (k[i] as number) ^ byte;
    const state = Uint32Array.from(IV);
    compress(state, block, 0, w);
    return state;
  };
  const inner = pad(0x36);
  const outer = pad(0x5c);
  const encoder = new TextEncoder();
  const state = new Uint32Array(8);
  // One block for a message of up to 55 bytes, and one for the 32-byte inner digest.
  const block = new Uint8Array(64);
  const outerBlock = new Uint8Array(64);
  outerBlock[32] = 0x80;
  // (64 + 32) bytes = 768 bits, big-endian in the last two bytes.
  outerBlock[62] = 768 >>> 8;
  outerBlock[63] = 768 & 0xff;
  const innerDigest = new Uint32Array(8);

  const ascii = (text: string, start: number, end: number) => {
    for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false;
    return true;
  };
  return (text, start, end, out, at) => {
    const n = end - start;
    if (n <= 55 && ascii(text, start, end)) {
      block.fill(0);
      for (let i = 0; i < n; i++) block[i] = text.charCodeAt(start + i);
      block[n] = 0x80;
      const bits = (64 + n) * 8;
      block[62] = bits >>> 8;
      block[63] = bits & 0xff;
      state.set(inner);
      compress(state, block, 0, w);
    } else {
      finish(inner, 64, encoder.encode(text.slice(start, end)), state, w);
    }
    innerDigest.set(state);
    for (let i = 0; i < 32; i++)
      outerBlock[i] = ((innerDigest[i >> 2] as number) >>> (24 - 8 * (i & 3))) & 0xff;
    state.set(outer);
    compress(state, outerBlock, 0, w);
    for (let i = 0; i < bytes; i++) {
      const b = ((state[i >> 2] as number) >>> (24 - 8 * (i & 3))) & 0xff;
      out[at++] = HEX_CODE[b >> 4] as number;
      out[at++] = HEX_CODE[b & 15] as number;
    }
  };
}

/**
 * A signer for one key: `sign(message)` gives the HMAC's first `bytes` bytes as lowercase hex
 * (all 32 by default), the same as `crypto.subtle.sign("HMAC", SHA-256 key, message)` would.
 */
export function hmacSha256Hex(key: Uint8Array, bytes = 32): (message: string) => string {
  const write = hmacSha256Writer(key, bytes);
  const out = new Uint8Array(2 * bytes);
  return (message: string) => {
    write(message, 0, message.length, out, 0);
    let hex = "";
    for (let i = 0; i < out.length; i++) hex += String.fromCharCode(out[i] as number);
    return hex;
  };
}
