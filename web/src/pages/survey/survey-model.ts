/**
 * The questionnaire laid out as the respondent walks it: a welcome screen, one screen per question
 * (each item, the choice question, each open question) and a last screen with the panel code and
 * the send button. One question per screen on every width: nothing to scroll past to reach an
 * answer on a phone, and the same order for a keyboard or screen reader everywhere.
 */

import type { Locale } from "../../../../shared/i18n/index.ts";
import type {
  Item,
  LocalizedText,
  MultipleChoice,
  OpenQuestion,
} from "../../../../shared/instrument/schema.ts";
import type { Survey } from "../../../../shared/schemas/survey.ts";
import type { DraftAnswers } from "./draft.ts";

export type Screen =
  | { kind: "intro" }
  | { kind: "item"; item: Item; number: number; domain: LocalizedText }
  | { kind: "choice"; question: MultipleChoice; number: number }
  | { kind: "open"; question: OpenQuestion; number: number }
  | { kind: "final" };

export function screensOf(survey: Survey): Screen[] {
  const { instrument } = survey;
  const domainOfScale = new Map(instrument.scales.map((s) => [s.key, s.domain]));
  const items: Screen[] = [];
  // In the domains' order, as the printed questionnaire has them; numbered as they are shown.
  for (const domain of instrument.domains)
    for (const item of instrument.items)
      if (domainOfScale.get(item.scale) === domain.key)
        items.push({ kind: "item", item, number: items.length + 1, domain: domain.label });
  const n = items.length;
  return [
    { kind: "intro" },
    ...items,
    { kind: "choice", question: instrument.multipleChoice as MultipleChoice, number: n + 1 },
    ...instrument.openQuestions.map((question, i): Screen => ({ kind: "open", question, number: n + 2 + i })),
    { kind: "final" },
  ];
}

/** The question code a screen asks, if it asks one. */
export function codeOf(screen: Screen): string | undefined {
  if (screen.kind === "item") return screen.item.code;
  if (screen.kind === "choice" || screen.kind === "open") return screen.question.code;
  return undefined;
}

export const isAnswered = (value: DraftAnswers[string] | undefined) =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === "string"
      ? value.trim() !== ""
      : typeof value === "number";

/**
 * Where a returning respondent lands: the first question without an answer after the last one
 * answered (skipped ones before it stay skipped), the welcome screen if nothing is answered yet,
 * or the last screen when all are.
 */
export function resumeAt(screens: Screen[], answers: DraftAnswers): number {
  let last = -1;
  screens.forEach((s, i) => {
    const code = codeOf(s);
    if (code && isAnswered(answers[code])) last = i;
  });
  if (last < 0) return 0;
  for (let i = last + 1; i < screens.length; i++) {
    const code = codeOf(screens[i] as Screen);
    if (code && !isAnswered(answers[code])) return i;
  }
  return screens.length - 1;
}

/** The screen that asks a question (an item, the choice question or an open question). */
export function screenOfQuestion(screens: Screen[], code: string): number {
  const index = screens.findIndex((s) => codeOf(s) === code);
  return index >= 0 ? index : screens.length - 1;
}

/**
 * Seconds a question takes, for "minutes left". Web-survey timing studies put a short agree/
 * frequency item at 4–8 s (Yan & Tourangeau 2008: about 5 s for a one-line item); we take 6 s,
 * 20 s for the choice question and 45 s for an open one. Once the respondent has answered five
 * items, their own pace (the median time between their answers on this visit, held between 2 and
 * 20 s) replaces the 6 s: the estimate is measured on the person reading.
 */
export const SECONDS = { item: 6, choice: 20, open: 45 } as const;

export function secondsLeft(
  screens: Screen[],
  answers: DraftAnswers,
  itemPace: number = SECONDS.item,
): number {
  let total = 0;
  for (const s of screens) {
    const code = codeOf(s);
    if (!code || isAnswered(answers[code])) continue;
    total += s.kind === "item" ? itemPace : s.kind === "choice" ? SECONDS.choice : SECONDS.open;
  }
  return total;
}

/** The median of the gaps between answers (ms), as seconds, or undefined before five answers. */
export function measuredPace(stamps: number[]): number | undefined {
  if (stamps.length < 6) return undefined;
  const gaps = stamps
    .slice(1)
    .map((t, i) => (t - (stamps[i] as number)) / 1000)
    .sort((a, b) => a - b);
  const mid = gaps[Math.floor(gaps.length / 2)] as number;
  return Math.max(2, Math.min(20, mid));
}

export const inLocale = (text: LocalizedText, locale: Locale) => text[locale];

/** "answers.pr1" or "answers.value-most.2" → "pr1" / "value-most"; "panelCode" stays. */
export const questionOfPath = (path: string) => {
  const parts = path.split(".");
  return parts[0] === "answers" ? (parts[1] ?? "") : (parts[0] ?? "");
};
