/**
 * axe-core's checks in a page, for every browser test that asks for them. The source is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy (script-src 'self') does
 * not govern: no script tag is added.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** The rules that make up WCAG 2.1 level AA, the standard the app is held to. */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: string | undefined;

/**
 * The violations on the page as it stands, one readable line per rule with the elements it
 * found. By default the WCAG 2.1 AA rules; `"axe-default"` runs the rule set axe runs when asked
 * nothing (best practices included), which the older per-feature tests hold their pages to.
 */
export async function axeViolations(
  page: Page,
  rules: "wcag21aa" | "axe-default" = "wcag21aa",
): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const tags = rules === "wcag21aa" ? [...WCAG_21_AA] : null;
  const violations = (await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown }> } }
    ).axe;
    const options = tags ? { runOnly: { type: "tag", values: tags } } : {};
    return (await axe.run(document, { ...options, resultTypes: ["violations"] })).violations;
  }, tags)) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
