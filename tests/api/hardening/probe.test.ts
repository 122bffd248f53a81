import { inject, it } from "vitest";
it("probe", async () => {
  console.log("inject", JSON.stringify((inject as any)("fuzzRuns")));
});
