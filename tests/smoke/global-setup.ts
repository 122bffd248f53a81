/**
 * The smoke suite drives the app on the runtime users get: `wrangler dev` (workerd) serving the
 * built SPA and API over a fresh local D1 holding the demo network, on free ports. The API tests
 * run in vitest-pool-workers, which allows things workerd refuses (random values at module top
 * level once made every unknown-email sign-in answer 500 there while every API test passed).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { finishDemoRounds } from "../../scripts/demo/finish-rounds.ts";
import { assertBuilt, type DevServer, prepareLocalD1, startWranglerDev } from "../support/local-app.ts";

export default async function setup(project: TestProject) {
  assertBuilt();
  const persistTo = mkdtempSync(join(tmpdir(), "amica-smoke-"));
  let dev: DevServer | undefined;
  try {
    await prepareLocalD1(persistTo);
    const port = process.env.AMICA_SMOKE_PORT ? Number(process.env.AMICA_SMOKE_PORT) : undefined;
    dev = await startWranglerDev(persistTo, port);
    // The seed leaves the demo rounds open; reports and exports exist once they are published.
    await finishDemoRounds(dev.baseUrl);
  } catch (err) {
    await dev?.stop();
    rmSync(persistTo, { recursive: true, force: true });
    throw err;
  }
  project.provide("baseUrl", dev.baseUrl);
  return async () => {
    await dev.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
