/**
 * Every browser test that fails says what its open pages were showing (tests/browser/page-watch.ts),
 * in the failure itself: the line CI keeps is then enough to tell a signed-out page from an API
 * error or a slow one.
 */
import { beforeEach } from "vitest";
import { describeOpenPages } from "./page-watch.ts";

beforeEach(({ onTestFailed }) => {
  onTestFailed(async ({ task }) => {
    const first = task.result?.errors?.[0];
    if (!first) return;
    first.message = `${first.message}\n\nWhat the open pages showed:\n${await describeOpenPages()}`;
  });
});
