/**
 * The research guide's text, one file per language (guide.da.ts, guide.en.ts), loaded for the
 * language in use only. Text only: `backticks` mark code, which the page sets in a code face.
 */
import type { GuideLanguage } from "../../../../../shared/research/guide-examples.ts";

export type GuideExample = "r" | "python" | "large" | "snapshot";

export interface GuideSection {
  /** The in-page anchor, the same in both languages. */
  id: string;
  title: string;
  paragraphs: string[];
  /** A list after the paragraphs. */
  items?: string[];
  /** Definition rows (term, text), e.g. the exports. */
  rows?: [string, string][];
  /** A worked example after the text, with a lead-in line. */
  example?: { kind: GuideExample; lead: string };
}

export interface GuideContent {
  lang: GuideLanguage;
  title: string;
  intro: string;
  contents: string;
  sections: GuideSection[];
  reference: string;
  openapi: string;
}
