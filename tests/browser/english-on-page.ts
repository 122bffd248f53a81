/**
 * How the Danish pages are searched for English: the app's own English strings (shared/i18n/en.ts
 * and the features' *.en.ts, where they differ from the Danish) and whatever English the API sent
 * while the page was open (a problem's detail, a field error's message). The page sweep reads
 * every routed page with it; danish-only.test.ts the error states.
 */
import type { Page } from "playwright-core";
import { da } from "../../shared/i18n/da.ts";
import { en } from "../../shared/i18n/en.ts";
import { featuresDa } from "../../shared/i18n/features/all-da.ts";
import { featuresEn } from "../../shared/i18n/features/all-en.ts";

/**
 * The English phrases to look for: each English string that differs from its Danish one, cut at its
 * `{placeholders}`, keeping pieces of at least two words and twelve letters (a single word such as
 * "Reference" or "OK" is shared by both languages or too common to tell anything).
 */
export function englishPhrases(): string[] {
  const danish: Record<string, string> = { ...da, ...featuresDa };
  const english: Record<string, string> = { ...en, ...featuresEn };
  const phrases = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    if (danish[key] === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const phrase = piece.trim().replace(/^[\s,.:;()–-]+|[\s,.:;()–-]+$/g, "");
      if (phrase.length >= 12 && /\s/.test(phrase) && !Object.values(danish).some((d) => d.includes(phrase)))
        phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** What a reader meets on the page: its text, and the names and hints only some of them see. */
const readable = (page: Page) =>
  page.evaluate(() => {
    const attrs = ["aria-label", "title", "placeholder", "alt", "aria-description"];
    const hints = Array.from(document.querySelectorAll("*")).flatMap((el) =>
      attrs.map((a) => el.getAttribute(a)).filter((v): v is string => Boolean(v)),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees (hidden parts left out)
    return [document.title, document.body.innerText, ...hints].join("\n");
  });

/**
 * Listens to the page's API answers and finds English on it: `clear()` before a visit, `found()`
 * after it, with the English phrases that are on screen (the app's and the API's).
 */
export function englishWatch(page: Page, phrases: string[]) {
  const apiEnglish = new Set<string>();
  page.on("response", async (response) => {
    if (!(response.headers()["content-type"] ?? "").includes("problem+json")) return;
    const body = (await response.json().catch(() => null)) as {
      detail?: string;
      errors?: { message?: string }[];
    } | null;
    for (const text of [body?.detail, ...(body?.errors ?? []).map((e) => e.message)]) {
      if (text && text.length >= 8) apiEnglish.add(text);
    }
  });
  return {
    clear: () => apiEnglish.clear(),
    found: async (): Promise<string[]> => {
      const text = await readable(page);
      return [...phrases, ...apiEnglish].filter((phrase) => text.includes(phrase));
    },
  };
}
