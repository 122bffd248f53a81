/**
 * What the practice library reads and changes, and the one call that turns a practice into an
 * action plan (the action-plan routes belong to the workshops screens; only creating is used here).
 */
import { query, revalidate } from "@solidjs/router";
import { z } from "zod";
import {
  type actionPlanCreateSchema,
  actionPlanDetailSchema,
} from "../../../../shared/schemas/action-plan.ts";
import {
  type practiceCreateSchema,
  practicePlanDraftSchema,
  practiceSchema,
  type practiceUpdateSchema,
} from "../../../../shared/schemas/practice.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;
type In<S extends z.ZodType> = z.output<S>;

export interface PracticeFilter {
  q?: string;
  theme?: string;
  scale?: string;
  /** Practices shared at this seminar. */
  seminarId?: string;
}

const queryString = (f: PracticeFilter) => {
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.theme) params.set("theme", f.theme);
  if (f.scale) params.set("scale", f.scale);
  if (f.seminarId) params.set("seminarId", f.seminarId);
  const text = params.toString();
  return text ? `?${text}` : "";
};

export const getPractices = query(
  (networkId: string, filter: PracticeFilter) =>
    api.get(z.array(practiceSchema), `/api/v1/networks/${enc(networkId)}/practices${queryString(filter)}`),
  "seminars.practices",
);

export const getPractice = query(
  (practiceId: string) => api.get(practiceSchema, `/api/v1/practices/${enc(practiceId)}`),
  "seminars.practice",
);

export const getPlanDraft = query(
  (practiceId: string) => api.get(practicePlanDraftSchema, `/api/v1/practices/${enc(practiceId)}/plan-draft`),
  "seminars.planDraft",
);

export async function createPractice(networkId: string, body: In<typeof practiceCreateSchema>) {
  const made = await api.post(practiceSchema, `/api/v1/networks/${enc(networkId)}/practices`, body);
  await revalidate(getPractices.key);
  return made;
}

export async function updatePractice(practiceId: string, body: In<typeof practiceUpdateSchema>) {
  const saved = await api.patch(practiceSchema, `/api/v1/practices/${enc(practiceId)}`, body);
  await revalidate([getPractices.key, getPractice.keyFor(practiceId)]);
  return saved;
}

/** Refused (409) while an action plan cites the practice. */
export async function removePractice(practiceId: string) {
  await api.send("DELETE", `/api/v1/practices/${enc(practiceId)}`);
  await revalidate(getPractices.key);
}

export async function createActionPlan(centreId: string, body: In<typeof actionPlanCreateSchema>) {
  return api.post(actionPlanDetailSchema, `/api/v1/centres/${enc(centreId)}/action-plans`, body);
}
