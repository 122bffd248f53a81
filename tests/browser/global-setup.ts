/**
 * Browser tests run against the real thing: the built SPA and the API served by one `wrangler dev`
 * (workerd) with a fresh local D1 in a temporary directory, migrated and seeded with the demo
 * network, the same way as the smoke suite's (tests/support/local-app.ts), and Chromium.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { finishDemoRounds } from "../../scripts/demo/finish-rounds.ts";
import { assertBuilt, type DevServer, prepareLocalD1, startWranglerDev } from "../support/local-app.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Chromium binary that playwright-core drives. */
    chromiumPath: string;
  }
}

/**
 * Chromium's headless shell where it is installed (Debian's `chromium-headless-shell`, the browser
 * playwright itself runs headless tests in), else the full browser in its headless mode. The shell
 * draws the same pages with less work: the browser suite ran in about three quarters of the time.
 */
function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  for (const binary of ["chromium-headless-shell", "chromium"]) {
    try {
      return execFileSync("which", [binary], { encoding: "utf8" }).trim();
    } catch {
      // not installed: try the next
    }
  }
  throw new Error(
    "No Chromium found: `apt-get install -y chromium-headless-shell` (or chromium), or set CHROMIUM_PATH.",
  );
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  assertBuilt();
  const persistTo = mkdtempSync(join(tmpdir(), "amica-browser-"));
  let dev: DevServer | undefined;
  try {
    await prepareLocalD1(persistTo);
    // A free port unless one is asked for: a fixed default could be another program's (a shared
    // CI machine, an `npm start` left running), and the tests would then talk to it.
    const port = process.env.AMICA_BROWSER_PORT ? Number(process.env.AMICA_BROWSER_PORT) : undefined;
    dev = await startWranglerDev(persistTo, port);
    // The seed leaves the demo rounds open; reports exist once they are closed and published.
    await finishDemoRounds(dev.baseUrl);
  } catch (err) {
    await dev?.stop();
    rmSync(persistTo, { recursive: true, force: true });
    throw err;
  }
  project.provide("baseUrl", dev.baseUrl);
  project.provide("chromiumPath", chromiumPath);
  return async () => {
    await dev.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
