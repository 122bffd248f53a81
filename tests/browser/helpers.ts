/**
 * What the browser tests share: a Chromium driven through playwright-core (never a downloaded
 * browser), signing in through the login form, and calling the API directly (`apiAs`) where a test
 * needs to know what exists (for example the names a facilitator must not see) or to make and
 * remove its own data.
 */
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { watchPage } from "./page-watch.ts";

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
  // A second page of the context (a link opened in a new tab) is described on failure too.
  watchPage(page);
  context.on("page", watchPage);
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

export type ApiMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** An answer of the API: its status, and its body parsed as JSON (the text if it is not JSON; undefined if empty, as for 204). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * Direct API calls from the test itself, as one cookie session (or as nobody). Every call carries the
 * Origin header the CSRF check wants and a JSON content type.
 */
export interface ApiClient {
  /** The session cookie as `name=value`; "" for nobody (a respondent or participant with a code). */
  cookie: string;
  /** Any answer, whatever its status: for tests that check a refusal. */
  call(method: ApiMethod, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
  /** The body of a 2xx answer; any other status throws, naming the call, the status and the body. */
  json<T = unknown>(
    method: ApiMethod,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
}

/** One request to the API as `cookie` ("" for nobody), with the Origin header and a JSON content type. */
function send(
  cookie: string,
  method: ApiMethod,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      origin: baseUrl,
      "content-type": "application/json",
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Calls the API with `cookie` ("" for nobody). */
export function apiClient(cookie = ""): ApiClient {
  const call = async (method: ApiMethod, path: string, body?: unknown, headers?: Record<string, string>) => {
    const res = await send(cookie, method, path, body, headers);
    return { status: res.status, body: parseBody(await res.text()) };
  };
  return {
    cookie,
    call,
    async json<T>(method: ApiMethod, path: string, body?: unknown, headers?: Record<string, string>) {
      const answer = await call(method, path, body, headers);
      if (answer.status < 200 || answer.status > 299) {
        const shown = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
        throw new Error(`${method} ${path}: ${answer.status} ${shown}`);
      }
      return answer.body as T;
    },
  };
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Signs in to the API as `email` (a demo account unless a password is given) and calls it as that session. */
export async function apiAs(email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const res = await send("", "POST", "/api/auth/login", { email, password });
  if (res.status !== 200) throw new Error(`API login as ${email} failed: ${res.status} ${await res.text()}`);
  return apiClient((res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "");
}

/** A shorthand for reading: the body of a GET as `email`. */
export async function apiSession(email: string): Promise<(path: string) => Promise<unknown>> {
  const api = await apiAs(email);
  return (path) => api.json("GET", path);
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

/**
 * Opens a report's teams section and waits until their reports are in (or one failed, which
 * fails here with what the page said). By the keyboard: a click aims at where the button was,
 * and the trend's charts drawn just above it can move it away in between (the 360 px report then
 * waited for a heatmap that was never asked for).
 */
export async function openTeams(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Vis teamene" }).press("Enter");
  const body = page.locator("#teams-body");
  await body.locator('[data-state="teams-loaded"], [role="alert"]').first().waitFor({ state: "attached" });
  const alert = body.locator('[role="alert"]');
  if ((await alert.count()) > 0)
    throw new Error(`The teams' reports failed: ${await alert.first().textContent()}`);
}
