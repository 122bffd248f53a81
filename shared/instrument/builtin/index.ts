import { type InstrumentDefinition, instrumentDefinitionSchema } from "../schema.ts";
import { demands } from "./demands.ts";
import { healthWellbeing } from "./health-wellbeing.ts";
import { leadershipCooperation } from "./leadership-cooperation.ts";
import { openQuestions, valueMost } from "./questions.ts";
import { responseSets } from "./response-sets.ts";
import { values } from "./values.ts";
import { workIndividual } from "./work-individual.ts";
import { workOrganisation } from "./work-organisation.ts";

// Order of domains is the order of the questionnaire and of the report.
const blocks = [leadershipCooperation, values, workOrganisation, demands, workIndividual, healthWellbeing];

/**
 * The built-in AMICA/COPSOQ-style instrument, version 1. Parsed at load so that a mistake in the
 * texts fails fast rather than in a respondent's browser. Never edit it in place once a round has
 * used it: add a new version instead.
 */
export const builtinInstrument: InstrumentDefinition = instrumentDefinitionSchema.parse({
  key: "amica-copsoq",
  version: 1,
  name: {
    da: "AMICA-spørgeskema om psykisk arbejdsmiljø",
    en: "AMICA psychosocial work environment questionnaire",
  },
  responseSets,
  domains: blocks.map((b) => b.domain),
  scales: blocks.flatMap((b) => b.scales),
  items: blocks.flatMap((b) => b.items),
  multipleChoice: valueMost,
  openQuestions,
});
