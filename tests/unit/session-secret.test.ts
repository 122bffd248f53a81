import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SESSION_SECRET } from "../../api/middleware/secret-guard.ts";

describe("the development SESSION_SECRET", () => {
  it("is the one wrangler.toml commits, so the guard recognises it", () => {
    const toml = readFileSync(join(import.meta.dirname, "..", "..", "wrangler.toml"), "utf8");
    expect(/^SESSION_SECRET = "([^"]*)"/m.exec(toml)?.[1]).toBe(DEVELOPMENT_SESSION_SECRET);
  });
});
