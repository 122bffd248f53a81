/**
 * What the open pages were showing when a browser test failed. A locator that times out says what
 * it waited for, not what was there instead: a sign-in page, an error, an API answering 401 or
 * 500. CI keeps only the end of its output, so the description goes into the failure itself
 * (tests/browser/setup.ts appends it to the test's first error).
 */
import type { Page } from "playwright-core";

interface Watched {
  page: Page;
  /** The latest API answers of 400 and above, failed requests and uncaught errors, oldest first. */
  trouble: string[];
}

const watched = new Set<Watched>();
const KEEP = 8;

/** Keeps what goes wrong on the page until it closes. */
export function watchPage(page: Page): void {
  const entry: Watched = { page, trouble: [] };
  const note = (line: string) => {
    entry.trouble.push(line);
    if (entry.trouble.length > KEEP) entry.trouble.shift();
  };
  page.on("response", (r) => {
    if (r.status() >= 400) note(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on("requestfailed", (r) =>
    note(`failed ${r.method()} ${new URL(r.url()).pathname}: ${r.failure()?.errorText}`),
  );
  page.on("pageerror", (err) => note(`page error: ${err.message}`));
  page.on("crash", () => note("the page crashed"));
  page.on("close", () => watched.delete(entry));
  watched.add(entry);
}

/** Resolves to `fallback` if `work` has not settled after `ms` (a hung page must not hang the report). */
const within = <T>(work: Promise<T>, ms: number, fallback: T) =>
  Promise.race([work.catch(() => fallback), new Promise<T>((done) => setTimeout(() => done(fallback), ms))]);

async function describe({ page, trouble }: Watched): Promise<string> {
  const seen = await within(
    page.evaluate(() => {
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, hidden text left out
      const visibleText = (el: HTMLElement) => el.innerText.replace(/\s+/g, " ").slice(0, 300);
      return {
        headings: Array.from(document.querySelectorAll("h1"), (h) => h.textContent?.trim() ?? ""),
        alerts: Array.from(
          document.querySelectorAll('[role="alert"]'),
          (a) => a.textContent?.trim() ?? "",
        ).filter(Boolean),
        text: visibleText(document.querySelector("main") ?? document.body),
      };
    }),
    3000,
    null,
  );
  const size = page.viewportSize();
  return [
    `page ${page.url()} at ${size?.width}×${size?.height}`,
    seen
      ? `  h1: ${JSON.stringify(seen.headings)}; alerts: ${JSON.stringify(seen.alerts)}\n  text: ${seen.text}`
      : "  (the page did not answer within 3 s)",
    trouble.length
      ? `  lately: ${trouble.join(" | ")}`
      : "  lately: no API errors, failed requests or page errors",
  ].join("\n");
}

/** What every open page shows, one block each. */
export async function describeOpenPages(): Promise<string> {
  const blocks = await Promise.all([...watched].map(describe));
  return blocks.length ? blocks.join("\n") : "no page was open";
}
