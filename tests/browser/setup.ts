/**
 * Every browser test that fails says what its open pages were showing (tests/browser/page-watch.ts),
 * in the failure itself: the line CI keeps is then enough to tell a signed-out page from an API
 * error or a slow one.
 */
import { beforeEach } from "vitest";
import { describeOpenPages } from "./page-watch.ts";

beforeEach(({ onTestFailed, onTestFinished }) => {
  onTestFailed(async ({ task }) => {
    const first = task.result?.errors?.[0];
    if (!first) return;
    const pages = await describeOpenPages();
    first.message = `${first.message}\n\nWhat the open pages showed:\n${pages}`;
    // A failed try that a retry (CI only, see vitest.config.ts) then passes leaves no error
    // behind: it is told here, as it happens.
    console.warn(
      `FAILED TRY of "${task.fullName}" (try ${(task.result?.retryCount ?? 0) + 1}): ${first.message}`,
    );
  });
  onTestFinished(({ task }) => {
    if (task.result?.state === "pass" && (task.result.retryCount ?? 0) > 0)
      console.warn(`PASSED ONLY ON RETRY: "${task.fullName}" (see its FAILED TRY above)`);
  });
});
