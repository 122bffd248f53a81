/**
 * axe-core on every workshop screen: the facilitator's stages, a voting session, the action plans,
 * and the participants' pages (code entry, statements, the three ballot forms, a closed session).
 * The data is made through the API first, so that each screen shows what it shows in a meeting.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { apiAs, baseUrl, horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";

describe("axe-core finds no violations on the workshop screens", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let workshopId = "";
  let joinCode = "";
  const codes: Record<"rank" | "top" | "pairwise", string> = { rank: "", top: "", pairwise: "" };
  let sessionId = "";

  beforeAll(async () => {
    const facilitator = await apiAs("facilitator@example.org");
    const w = await facilitator.json<{ id: string; joinCode: string }>(
      "POST",
      "/api/v1/centres/demo-c01/workshops",
      {
        title: "Tilgængelighedstjek",
      },
    );
    workshopId = w.id;
    joinCode = w.joinCode;
    await facilitator.json("POST", `/api/v1/workshops/${w.id}/statements`, {
      text: "Gode kolleger",
      kind: "gives",
    });
    await facilitator.json("POST", `/api/v1/workshops/${w.id}/statements`, {
      text: "Larm i lokalet",
      kind: "takes",
    });
    for (const text of ["Samarbejde", "Ro til opgaverne", "Faglig sparring", "Fleksibel vagtplan"])
      await facilitator.json("POST", `/api/v1/workshops/${w.id}/statements`, { text });
    const rank = await facilitator.json<{ id: string; code: string }>(
      "POST",
      `/api/v1/workshops/${w.id}/voting-sessions`,
      {
        mode: "rank",
      },
    );
    const top = await facilitator.json<{ code: string }>(
      "POST",
      `/api/v1/workshops/${w.id}/voting-sessions`,
      {
        mode: "rank",
        topN: 3,
      },
    );
    const pairwise = await facilitator.json<{ code: string }>(
      "POST",
      `/api/v1/workshops/${w.id}/voting-sessions`,
      {
        mode: "pairwise",
      },
    );
    sessionId = rank.id;
    Object.assign(codes, { rank: rank.code, top: top.code, pairwise: pairwise.code });
    // One ballot, so that the session shows its chart and table.
    const ballot = await fetch(`${baseUrl}/api/v1/vote/${rank.code}`).then(
      (r) =>
        r.json() as Promise<{
          statements: { id: string }[];
        }>,
    );
    const sent = await fetch(`${baseUrl}/api/v1/vote/${rank.code}/ballots`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: JSON.stringify({ ranking: ballot.statements.map((s) => s.id) }),
    });
    expect(sent.status).toBe(201);

    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "facilitator@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the facilitator's workshop list, stages, session and plans", async () => {
    const facilitator = await apiAs("facilitator@example.org");
    const plans = await facilitator.json<{ id: string }[]>("GET", "/api/v1/centres/demo-c01/action-plans");
    const screens: [string, string][] = [
      ["/centres/demo-c01/workshops", "h1"],
      [`/workshops/${workshopId}?view=collect`, "[data-join-code]"],
      [`/workshops/${workshopId}?view=condense`, "[data-short-list] > li"],
      [`/workshops/${workshopId}?view=prioritise`, "svg[data-chart='workshop-results']"],
      ["/workshops/demo-workshop-2007?view=plan", ".top-three__item"],
      ["/workshops/demo-workshop-2007?view=follow-up", ".follow-up"],
      [`/voting-sessions/${sessionId}`, "svg[data-chart='workshop-results']"],
      ["/centres/demo-c01/plans", ".plan-card"],
      [`/plans/${plans[0]?.id}`, ".follow-up"],
      [`/centres/demo-c01/plans/new?workshop=${workshopId}`, "select[name='scaleKey']"],
    ];
    for (const [path, ready] of screens) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      expect(await axeViolations(page, "axe-default"), path).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  test("the participants' pages on a phone", async () => {
    const phone = await newPage(browser, { width: 360, height: 740 });
    const screens: [string, string][] = [
      ["/j", "#join-code"],
      [`/j/${joinCode}`, "#statement-text"],
      // A ranking starts unranked: the statements wait in the pool to be picked in order.
      [`/vote/${codes.rank}`, ".pick-pool"],
      [`/vote/${codes.top}`, ".pick-pool"],
      [`/vote/${codes.pairwise}`, ".pair__option"],
      ["/vote/DEMOV1", ".vote-closed"],
    ];
    for (const [path, ready] of screens) {
      await phone.page.goto(path);
      await phone.page.locator(ready).first().waitFor();
      expect(await axeViolations(phone.page, "axe-default"), path).toEqual([]);
      expect(await horizontalOverflow(phone.page), path).toBe(0);
    }
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });
});
