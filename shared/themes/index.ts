/**
 * The theme library: nine themes as data, checked against the schema when loaded so that a slip in
 * the texts fails at once rather than in a report.
 *
 * @example
 * themesForScale("work-pace").map((t) => t.key)   // ["time-pressure"]
 * getTheme("time-pressure")?.questions[0].da
 */
import { customerService } from "./customer-service.ts";
import { developmentOpportunities } from "./development-opportunities.ts";
import { difficultCalls } from "./difficult-calls.ts";
import { instructionTraining } from "./instruction-training.ts";
import { measurementsPerformance } from "./measurements-performance.ts";
import { physicalSetting } from "./physical-setting.ts";
import { type Theme, themeSchema } from "./schema.ts";
import { technology } from "./technology.ts";
import { timePressure } from "./time-pressure.ts";
import { variationInfluence } from "./variation-influence.ts";

export * from "./schema.ts";

/** In the order of the guidance material (theme 1 to 9). */
export const themes: readonly Theme[] = [
  instructionTraining,
  variationInfluence,
  developmentOpportunities,
  timePressure,
  measurementsPerformance,
  difficultCalls,
  customerService,
  technology,
  physicalSetting,
].map((theme) => themeSchema.parse(theme));

const byKey = new Map<string, Theme>(themes.map((theme) => [theme.key, theme]));

export function getTheme(key: string): Theme | undefined {
  return byKey.get(key);
}

/**
 * The themes a scale relates to, the most direct relation first (where the scale comes earlier in
 * the theme's own list), then in theme order. Empty for a scale no theme covers.
 */
export function themesForScale(scaleKey: string): Theme[] {
  return themes
    .filter((theme) => theme.scaleKeys.includes(scaleKey))
    .sort((a, b) => a.scaleKeys.indexOf(scaleKey) - b.scaleKeys.indexOf(scaleKey) || a.number - b.number);
}
