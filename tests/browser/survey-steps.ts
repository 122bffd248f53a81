/**
 * Moving through the respondent's survey in tests whose subject is something else (going offline,
 * a draft kept on the server, the help text): a tap on an answer, and a quick way to the last
 * screen. How the steps themselves work (taps, the pause, swipes, keys) is survey.test.ts's subject.
 */
import type { Page } from "playwright-core";

/** The button that sends, in either language. */
export const SEND = /^(Send mine svar|Send my answers)$/;

/** The buttons that move on a screen: start, next, skip. */
const FORWARD = /^(Start|Næste|Spring over|Next|Skip)$/;

/** The question on screen's text. */
export const legend = (page: Page) => page.locator("fieldset.survey-question legend").first().textContent();

/** Option `n` (1-based) of the question on screen. */
export const answerOption = (page: Page, n: number) =>
  page.locator("fieldset.survey-question label.survey-option").nth(n - 1);

/** Waits until the question on screen is no longer the one whose text was `before`. */
export const movedOn = (page: Page, before: string | null) =>
  page.waitForFunction(
    (text) => document.querySelector("fieldset.survey-question legend")?.textContent !== text,
    before,
  );

/** Taps option `n` (1-based) of the question on screen and waits for the next question to come. */
export async function tap(page: Page, n: number): Promise<void> {
  const before = await legend(page);
  await answerOption(page, n).click();
  await movedOn(page, before);
}

/**
 * Presses the screen's forward button (Start, Næste or Spring over) until the send button shows,
 * inside the page, a frame per screen: one call instead of two round trips a screen (over 90
 * screens, seconds a test). The same buttons a respondent presses; what they say is not checked.
 */
export async function skipToSend(page: Page): Promise<void> {
  // The survey is on screen (it may still be loading after a goto).
  await page
    .getByRole("button", { name: new RegExp(`${SEND.source}|${FORWARD.source}`) })
    .first()
    .waitFor();
  const reached = await page.evaluate(
    async ([send, forward]) => {
      const sendRe = new RegExp(send);
      const forwardRe = new RegExp(forward);
      const buttons = () => Array.from(document.querySelectorAll<HTMLButtonElement>("main button"));
      const label = (b: HTMLButtonElement) => (b.textContent ?? "").trim();
      for (let screen = 0; screen < 500; screen++) {
        if (buttons().some((b) => sendRe.test(label(b)))) return true;
        const next = buttons().find((b) => forwardRe.test(label(b)) && !b.disabled);
        if (!next) return false;
        next.click();
        await new Promise((done) => requestAnimationFrame(done));
      }
      return false;
    },
    [SEND.source, FORWARD.source],
  );
  if (!reached) throw new Error("The survey's last screen (with the send button) was not reached.");
  await page.getByRole("button", { name: SEND }).waitFor();
}
