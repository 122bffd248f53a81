// A plan's scale is named and read the way its baseline round's own instrument says: a network's
// custom instrument may rename a scale and make it "higher is worse", and the plan pages must not
// fall back on the built-in instrument's words for it.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { apiAs, launchChromium, newPage, signIn } from "./helpers.ts";

const CUSTOM_LABEL = "Afbrydelser i løbet af dagen";

describe("plans name their scale from the baseline round's instrument", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let planId: string;
  let centreId: string;

  beforeAll(async () => {
    // A network of its own, so that no other test finds this round among the demo centre's.
    const suffix = crypto.randomUUID().slice(0, 8);
    const coordinator = await apiAs("coordinator@example.org");
    const network = await coordinator.json<{ id: string }>("POST", "/api/v1/networks", {
      name: `Skalaprøve ${suffix}`,
    });
    const centre = await coordinator.json<{ id: string }>("POST", `/api/v1/networks/${network.id}/centres`, {
      name: `Skalacenter ${suffix}`,
    });
    centreId = centre.id;
    const instrument = await coordinator.json<{ id: string }>(
      "POST",
      `/api/v1/networks/${network.id}/instruments`,
      {
        ...builtinInstrument,
        key: `amica-plan-scales-${suffix}`,
        version: 1,
        scales: builtinInstrument.scales.map((s) =>
          s.key === "influence"
            ? {
                ...s,
                label: { da: CUSTOM_LABEL, en: "Interruptions during the day" },
                polarity: "higher-worse",
              }
            : s,
        ),
      },
    );
    const round = await coordinator.json<{ id: string }>("POST", `/api/v1/networks/${network.id}/rounds`, {
      label: "Måling med eget spørgeskema",
      opensOn: "2030-01-06",
      closesOn: "2030-01-31",
      centreIds: [centreId],
      instrumentId: instrument.id,
    });
    const plan = await coordinator.json<{ id: string }>("POST", `/api/v1/centres/${centreId}/action-plans`, {
      title: "Færre afbrydelser",
      scaleKey: "influence",
      baselineRoundId: round.id,
    });
    planId = plan.id;
    browser = await launchChromium();
    ({ context, page } = await newPage(browser));
    await signIn(page, "coordinator@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the plan's facts and the centre's plan list show the round instrument's name for the scale", async () => {
    await page.goto(`/plans/${planId}`);
    await page.getByRole("heading", { level: 1, name: "Færre afbrydelser" }).waitFor();
    await page.locator("dd", { hasText: CUSTOM_LABEL }).waitFor();
    const builtinName = builtinInstrument.scales.find((s) => s.key === "influence")?.label.da ?? "";
    expect(await page.locator("dd", { hasText: builtinName }).count()).toBe(0);

    await page.goto(`/centres/${centreId}/plans`);
    const card = page.locator(`[data-plan="${planId}"]`);
    await card.getByText(CUSTOM_LABEL).waitFor();
  });

  test("editing the plan offers the round instrument's scales, under its names", async () => {
    await page.goto(`/plans/${planId}`);
    await page.getByText("Ret planen").click();
    const select = page.getByLabel("Skala i målingen, der skal flytte sig");
    // The options follow the baseline round's instrument once it has loaded: the plan's scale is
    // chosen under the custom name, and the built-in name of that scale is not offered.
    await select.locator("option", { hasText: CUSTOM_LABEL }).waitFor({ state: "attached" });
    expect(await select.inputValue()).toBe("influence");
    const builtinName = builtinInstrument.scales.find((s) => s.key === "influence")?.label.da ?? "";
    expect(await select.locator("option", { hasText: builtinName }).count()).toBe(0);
    expect(await select.locator("option").count()).toBe(1 + builtinInstrument.scales.length);
  });
});
