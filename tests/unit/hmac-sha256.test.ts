import { describe, expect, it } from "vitest";
import { hmacSha256Hex, hmacSha256Writer } from "../../shared/crypto/hmac-sha256.ts";

const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");

async function subtleHex(key: Uint8Array<ArrayBuffer>, message: string): Promise<string> {
  const k = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return hex(await crypto.subtle.sign("HMAC", k, new TextEncoder().encode(message)));
}

/** A deterministic byte source, so a failure repeats. */
function bytes(seed: number, n: number): Uint8Array<ArrayBuffer> {
  let s = seed >>> 0 || 1;
  return Uint8Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s >>> 24;
  });
}

describe("hmacSha256Hex", () => {
  it("matches RFC 4231 test case 2", () => {
    const sign = hmacSha256Hex(new TextEncoder().encode("Jefe"));
    expect(sign("what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("equals crypto.subtle for keys of 1 to 100 bytes and messages across block boundaries", async () => {
    for (const keyLength of [1, 32, 63, 64, 65, 100]) {
      const key = bytes(keyLength + 7, keyLength);
      const sign = hmacSha256Hex(key);
      for (const length of [0, 1, 20, 55, 56, 63, 64, 65, 119, 120, 128, 200]) {
        const message = Array.from(bytes(length, length), (b) => String.fromCharCode(32 + (b % 90))).join("");
        expect(sign(message), `key ${keyLength}, message ${length}`).toBe(await subtleHex(key, message));
      }
      // Non-ASCII text is signed as its UTF-8 bytes, as TextEncoder gives them to crypto.subtle.
      expect(sign("bøgely æøå ✓")).toBe(await subtleHex(key, "bøgely æøå ✓"));
    }
  });

  it("cuts to the first bytes asked for", async () => {
    const key = bytes(3, 32);
    expect(hmacSha256Hex(key, 10)("resp-1")).toBe((await subtleHex(key, "resp-1")).slice(0, 20));
  });

  it("writes into bytes from a slice of a longer text, the same as signing the slice", async () => {
    const key = bytes(5, 32);
    const write = hmacSha256Writer(key, 10);
    const text = "\u001fabcdefghjkmnpqrstvwx\u001fbøgely\u001f";
    const out = new Uint8Array(24).fill(33);
    write(text, 1, 21, out, 2);
    const expected = (await subtleHex(key, text.slice(1, 21))).slice(0, 20);
    expect(String.fromCharCode(...out.subarray(2, 22))).toBe(expected);
    // Nothing written outside the 20 hex characters.
    expect([out[0], out[1], out[22], out[23]]).toEqual([33, 33, 33, 33]);
    write(text, 22, 28, out, 0);
    expect(String.fromCharCode(...out.subarray(0, 20))).toBe((await subtleHex(key, "bøgely")).slice(0, 20));
  });
});
