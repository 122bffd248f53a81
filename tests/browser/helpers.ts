/**
 * What the browser tests share: a Chromium driven through playwright-core (never a downloaded
 * browser), signing in through the login form, and reading the API directly where a test needs
 * to know what exists (for example the names a facilitator must not see).
 */
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

export const baseUrl = inject("baseUrl");
export const DEMO_PASSWORD = "amica-demo";
export const DEMO_NETWORK_NAME = "AMICA-netværket (demo)";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A fresh context (own cookies and localStorage) with one page. */
export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const page = await context.newPage();
  // Generous: on a busy 2-core machine a first navigation can take over 15 s; a passing step never waits.
  page.setDefaultTimeout(30_000);
  // Uncaught errors in the page: tests check that there were none.
  const errors: Error[] = [];
  page.on("pageerror", (err) => errors.push(err));
  return { context, page, errors };
}

/** Signs in through the login form (in Danish, the default) and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("heading", { level: 1, name: /^Velkommen/ }).waitFor();
}

/** All the text of the page, hidden text included. */
export const pageText = async (page: Page) => (await page.locator("body").textContent()) ?? "";

/** How far the page is wider than the window (0: no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A cookie session for direct API calls from the test itself. */
export async function apiSession(email: string): Promise<(path: string) => Promise<unknown>> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`API login as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0];
  return async (path: string) => {
    const r = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
    return r.json();
  };
}

export interface CentreRow {
  id: string;
  name: string | null;
  networkId: string;
}

/** The demo network's centres as its coordinator sees them (every name). */
export async function demoCentres(): Promise<{ networkId: string; centres: CentreRow[] }> {
  const get = await apiSession("coordinator@example.org");
  const networks = (await get("/api/v1/networks")) as { id: string; name: string }[];
  const network = networks.find((n) => n.name === DEMO_NETWORK_NAME);
  if (!network) throw new Error(`The demo network "${DEMO_NETWORK_NAME}" is not seeded.`);
  const centres = (await get(`/api/v1/networks/${network.id}/centres`)) as CentreRow[];
  return { networkId: network.id, centres };
}
