/**
 * Opening a centre's report in a real browser (issue 14, "fast to open"): Chromium, driven through
 * playwright-core, opens Borgerservice's 2008 report on the local app as its facilitator, with an
 * empty browser cache each time, and records
 * - the time from navigation start to the first benchmark table row in the page (an observer in
 *   the page notes `performance.now()` when it appears, so the driver's own latency is not in it);
 * - the requests started before that moment, and how many of them are API calls;
 * - the sequential round trips: the longest chain of requests each of which started only after the
 *   one before it had finished (over every request, and over API requests alone);
 * - the language chunks fetched (only the language in use should be).
 */
import { type Browser, chromium } from "playwright-core";
import type { BenchServer } from "./server.ts";
import { signIn } from "./server.ts";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface Timed {
  url: string;
  start: number;
  end: number;
}

/**
 * The longest chain of requests in which each one started only after the one before had finished:
 * the number of round trips the page waited for one after another.
 */
export function sequentialDepth(requests: readonly Timed[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  sorted.forEach((r, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) {
      const earlier = sorted[j] as Timed;
      if (earlier.end <= r.start) before = Math.max(before, depth[j] ?? 0);
    }
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}

export interface ReportOpenRun {
  firstTableMs: number;
  requests: number;
  apiRequests: number;
  depthAll: number;
  depthApi: number;
  apiChain: string[];
  languageChunks: string[];
}

export interface ReportOpenResult {
  runs: ReportOpenRun[];
  path: string;
}

const isApi = (url: string) => new URL(url).pathname.startsWith("/api/");
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/** The API requests of the longest API chain, for the record (which waits for which). */
function longestApiChain(requests: readonly Timed[]): string[] {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const best: { depth: number; prev: number }[] = [];
  sorted.forEach((r, i) => {
    let pick = { depth: 1, prev: -1 };
    for (let j = 0; j < i; j++) {
      const e = sorted[j] as Timed;
      const d = (best[j]?.depth ?? 0) + 1;
      if (e.end <= r.start && d > pick.depth) pick = { depth: d, prev: j };
    }
    best.push(pick);
  });
  let at = best.reduce((m, b, i) => (b.depth > (best[m]?.depth ?? 0) ? i : m), 0);
  const chain: string[] = [];
  while (at >= 0 && sorted[at]) {
    chain.unshift(pathOf((sorted[at] as Timed).url));
    at = best[at]?.prev ?? -1;
  }
  return chain;
}

async function openOnce(
  browser: Browser,
  base: string,
  cookie: string,
  path: string,
): Promise<ReportOpenRun> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
  const [name, value] = cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: base }]);
  // Noted in the page itself: the moment the first benchmark row is in the document.
  // No named functions inside: tsx (esbuild, keepNames) wraps them in a `__name` helper that the
  // page does not have, the script then throws, and the mark fell back to the moment the bench
  // asked for it (after the wait, and after the requests the page makes once painted).
  await context.addInitScript(() => {
    const w = window as unknown as { __firstTable?: number };
    const observer = new MutationObserver(() => {
      if (w.__firstTable === undefined && document.querySelector("tr[data-scale]")) {
        w.__firstTable = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator("tr[data-scale]").first().waitFor({ timeout: 60_000 });
  const mark = await page.evaluate(
    () => (window as unknown as { __firstTable?: number }).__firstTable ?? null,
  );
  if (mark === null) throw new Error("report-open: the page's first-table mark was never set");
  const first = { at: mark };
  // What loads after the first table too (a language fetched "for later" counts).
  await page.waitForLoadState("networkidle");
  // Every request's start and end from the page's own Resource Timing, on the same clock as the
  // first-table mark (performance.now()). Playwright's `timing().startTime` did not line up with
  // it: requests the page makes only once the tables are painted (participation, learn from the
  // best) were counted before the first table.
  const all: Timed[] = await page.evaluate(() =>
    [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({
      url: e.name,
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
  );
  await context.close();
  const cutoff = first.at;
  const before = all.filter((r) => r.start < cutoff && r.end <= cutoff);
  const api = before.filter((r) => isApi(r.url));
  // The language chunks are named after their modules (all-da.ts, survey.en.ts, da.ts…).
  const languageChunks = all
    .map((r) => new URL(r.url).pathname.split("/").at(-1) ?? "")
    .filter((name) => /^(all-|[a-z]+\.)?(da|en)-[\w-]+\.js$/.test(name))
    .map((name) => name.replace(/-[\w-]{8}\.js$/, ""));
  return {
    firstTableMs: first.at,
    requests: before.length,
    apiRequests: api.length,
    depthAll: sequentialDepth(before),
    depthApi: sequentialDepth(api),
    apiChain: longestApiChain(api),
    languageChunks,
  };
}

export async function runReportOpen(
  server: BenchServer,
  options: { runs: number; chromiumPath?: string; log: (line: string) => void },
): Promise<ReportOpenResult> {
  const cookie = await signIn(server.base, "facilitator@example.org");
  const me = (await (await fetch(`${server.base}/api/auth/me`, { headers: { cookie } })).json()) as {
    memberships: { centreId: string | null }[];
  };
  const centreId = me.memberships.find((m) => m.centreId)?.centreId;
  if (!centreId) throw new Error("the demo facilitator has no centre");
  const path = `/rounds/demo-round-2008/report/${centreId}`;
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const runs: ReportOpenRun[] = [];
  try {
    // One warm-up: the server's report cache and workerd's compiled code, as on a used server.
    await openOnce(browser, server.base, cookie, path);
    for (let i = 0; i < options.runs; i++) {
      const run = await openOnce(browser, server.base, cookie, path);
      options.log(
        `report-open: first table after ${run.firstTableMs.toFixed(0)} ms, ${run.requests} requests ` +
          `(${run.apiRequests} API), ${run.depthAll} sequential round trips (${run.depthApi} of API calls)`,
      );
      runs.push(run);
    }
  } finally {
    await browser.close();
  }
  return { runs, path };
}

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};

/** The section of bench/BENCHMARKS.md (between its markers; see sections.ts). */
export function reportOpenMarkdown(result: ReportOpenResult, provenanceText: string): string {
  const r = result.runs;
  const first = med(r.map((x) => x.firstTableMs));
  const depthAll = Math.max(...r.map((x) => x.depthAll));
  const depthApi = Math.max(...r.map((x) => x.depthApi));
  const chunks = [...new Set(r.flatMap((x) => x.languageChunks))].sort();
  const rows = r.map(
    (x, i) =>
      `| ${i + 1} | ${x.firstTableMs.toFixed(0)} | ${x.requests} | ${x.apiRequests} | ${x.depthAll} | ${x.depthApi} |`,
  );
  const chain = r[0]?.apiChain.map((p) => `\`${p}\``).join(" → ") ?? "";
  const met = (ok: boolean) => (ok ? "met" : "**not met**");
  return `## Opening a centre's report in Chromium (issue 14, "fast to open")

${provenanceText}

What: headless Chromium (/usr/bin/chromium through playwright-core) opens \`${result.path}\`
(Borgerservice, 2008) signed in as the demo facilitator, in a fresh browser context each time (empty
browser cache, the server's report cache warm after one warm-up opening), at 1280 × 900. "First
table" is the moment the first benchmark table row is in the document (an observer in the page
notes \`performance.now()\`). Requests are those finished before that moment, by the page's own
Resource Timing on the same clock; "sequential round
trips" is the longest chain of them in which each started only after the one before had finished
(the HTML, scripts and API calls alike; then API calls alone).

| run | first table (ms) | requests | API requests | sequential round trips | of API calls |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}

Median time to first table: **${first.toFixed(0)} ms** (target: within 1 s, ${met(first <= 1000)}).
Most sequential API round trips: **${depthApi}** (target: at most 3, ${met(depthApi <= 3)}); over every
request, scripts included: ${depthAll}.

The longest API chain of the first run: ${chain}.

Language chunks fetched while the page opened (until the network was idle): ${chunks.map((c) => `\`${c}\``).join(", ") || "none"}.`;
}
