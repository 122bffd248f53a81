import { describe, expect, it } from "vitest";
import { Sha256 } from "../../shared/crypto/sha256.ts";

const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");

/** A deterministic byte source, so a failure repeats. */
function bytes(seed: number, n: number): Uint8Array<ArrayBuffer> {
  let s = seed >>> 0 || 1;
  return Uint8Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s >>> 24;
  });
}

describe("Sha256", () => {
  it("hashes the empty input and FIPS 180-4's 'abc'", () => {
    expect(new Sha256().hex()).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(new Sha256().update(new TextEncoder().encode("abc")).hex()).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("equals crypto.subtle whatever the chunks the input comes in", async () => {
    for (const length of [1, 55, 56, 63, 64, 65, 127, 128, 1000, 70_000]) {
      const data = bytes(length, length);
      const expected = hex(await crypto.subtle.digest("SHA-256", data));
      for (const chunk of [1, 7, 64, 100, 4096]) {
        const h = new Sha256();
        for (let at = 0; at < length; at += chunk) h.update(data.subarray(at, at + chunk));
        expect(h.hex(), `length ${length}, chunks of ${chunk}`).toBe(expected);
      }
    }
  });
});
