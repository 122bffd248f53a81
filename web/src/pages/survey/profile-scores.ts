/**
 * The respondent's own profile, computed in the browser with the same shared code the API scores
 * with (`validateAnswers` packs, `scoreMatrix` scores). Nothing here is sent anywhere.
 */
import { type Answers, validateAnswers } from "../../../../shared/instrument/packing.ts";
import type { InstrumentDefinition, LocalizedText, Polarity } from "../../../../shared/instrument/schema.ts";
import type { Survey, SurveyReceipt } from "../../../../shared/schemas/survey.ts";
import { scoreMatrix } from "../../../../shared/scoring/score-matrix.ts";
import { scalesPointingToHelp } from "../../../../shared/scoring/support-scales.ts";

export interface ProfileRow {
  key: string;
  label: LocalizedText;
  domain: LocalizedText;
  polarity: Polarity;
  /** 0–100, or null where fewer than half of the scale's items were answered. */
  score: number | null;
  reference: number | null;
}

export interface Profile {
  rows: ProfileRow[];
  reference: { name: LocalizedText; source: LocalizedText; synthetic: boolean } | null;
  /**
   * The support scales that are high for this person (see shared/scoring/support-scales.ts), and
   * the centre's line about whom to talk to (null per language: the default). Empty: no line.
   */
  support: { high: ProfileRow[]; text: { da: string | null; en: string | null } };
}

/** A questionnaire kept on the device before the survey carried `support` has the defaults. */
const DEFAULT_THRESHOLD = 5;

/**
 * The questionnaire as the scoring code takes it. The served copy carries a few extra keys, which
 * the scoring code does not read; no zod parse here (see survey-api.ts on the weight).
 */
export const definitionOf = (survey: Survey): InstrumentDefinition =>
  survey.instrument as unknown as InstrumentDefinition;

/** Scale scores of one person next to the reference values; null if the answers do not validate. */
export function computeProfile(survey: Survey, answers: Answers, receipt: SurveyReceipt): Profile | null {
  const def = definitionOf(survey);
  const checked = validateAnswers(def, answers);
  if (!checked.ok) return null;
  const matrix = scoreMatrix(def, [checked.packed]);
  const domains = new Map(def.domains.map((d) => [d.key, d.label]));
  const ref = receipt.reference;
  const rows = def.scales.map((scale): ProfileRow => {
    const column = matrix.scaleKeys.indexOf(scale.key);
    const value = column < 0 ? Number.NaN : (matrix.values[column] ?? Number.NaN);
    const refValue = ref?.values[scale.key]?.mean;
    return {
      key: scale.key,
      label: scale.label,
      domain: domains.get(scale.domain) ?? scale.label,
      polarity: scale.polarity,
      score: Number.isNaN(value) ? null : value,
      reference: typeof refValue === "number" ? refValue : null,
    };
  });
  // Optional here whatever the type says: a copy kept on the device may predate the field.
  const support = (survey as Partial<Survey>).support ?? {
    text: { da: null, en: null },
    threshold: DEFAULT_THRESHOLD,
  };
  const high = new Set(scalesPointingToHelp(rows, support.threshold));
  return {
    rows,
    reference: ref ? { name: ref.name, source: ref.source, synthetic: ref.synthetic } : null,
    support: { high: rows.filter((r) => high.has(r.key)), text: support.text },
  };
}
