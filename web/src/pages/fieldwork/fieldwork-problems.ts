import type { MessageKey } from "../../../../shared/i18n/index.ts";

/** Words for the fieldwork routes' problem codes (the API's `code` member), for createForm. */
export const fieldworkCodeMessages: Partial<Record<string, MessageKey>> = {
  "coordinator-only": "survey.problem.coordinator-only",
  "headcount-exceeded": "survey.problem.headcount-exceeded",
  "round-not-open": "survey.problem.round-not-open",
  "headcount-below-taken": "survey.problem.headcount-below-taken",
  "teams-over-centre": "survey.problem.teams-over-centre",
};
