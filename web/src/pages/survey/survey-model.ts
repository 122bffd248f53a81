/**
 * The questionnaire laid out as the respondent walks it: a welcome step, one step per domain, and
 * a last step with the choice question, the open questions, the panel code and the send button.
 */

import type { Locale } from "../../../../shared/i18n/index.ts";
import type { Item, LocalizedText } from "../../../../shared/instrument/schema.ts";
import type { Survey } from "../../../../shared/schemas/survey.ts";

export type Step =
  | { kind: "intro" }
  | { kind: "domain"; key: string; label: LocalizedText; items: NumberedItem[] }
  | { kind: "final" };

export interface NumberedItem {
  item: Item;
  /** 1-based, in questionnaire order, as "question 12" reads. */
  number: number;
}

export function stepsOf(survey: Survey): Step[] {
  const { instrument } = survey;
  const domainOfScale = new Map(instrument.scales.map((s) => [s.key, s.domain]));
  const numbered = instrument.items.map((item, i) => ({ item, number: i + 1 }));
  const domainSteps = instrument.domains
    .map(
      (domain): Step => ({
        kind: "domain",
        key: domain.key,
        label: domain.label,
        items: numbered.filter((n) => domainOfScale.get(n.item.scale) === domain.key),
      }),
    )
    .filter((step) => step.kind !== "domain" || step.items.length > 0);
  return [{ kind: "intro" }, ...domainSteps, { kind: "final" }];
}

/** The step that holds a question (an item, the choice question or an open question). */
export function stepOfQuestion(steps: Step[], code: string): number {
  const index = steps.findIndex((s) => s.kind === "domain" && s.items.some((n) => n.item.code === code));
  return index >= 0 ? index : steps.length - 1;
}

export const inLocale = (text: LocalizedText, locale: Locale) => text[locale];

/** "answers.pr1" or "answers.value-most.2" → "pr1" / "value-most"; "panelCode" stays. */
export const questionOfPath = (path: string) => {
  const parts = path.split(".");
  return parts[0] === "answers" ? (parts[1] ?? "") : (parts[0] ?? "");
};
