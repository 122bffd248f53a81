/**
 * What the action-plan screens read and change, as router queries revalidated after each change.
 * A plan's scale is named and read the way its baseline round's own instrument says (a network's
 * custom scale may be "higher is worse"); the built-in instrument stands in before a baseline round
 * is known, and offers the scales a new plan may name. A scale's current score comes from the
 * centre's (or team's) report for the baseline round.
 */
import { createAsync, query, revalidate } from "@solidjs/router";
import { z } from "zod";
import { builtinInstrument } from "../../../../shared/instrument/index.ts";
import {
  type actionItemCreateSchema,
  actionItemSchema,
  type actionItemUpdateSchema,
  type actionPlanCreateSchema,
  actionPlanDetailSchema,
  actionPlanSchema,
  type actionPlanUpdateSchema,
} from "../../../../shared/schemas/action-plan.ts";
import { api } from "../../lib/api.ts";
import { locale } from "../../lib/i18n.ts";
import { getInstrumentScales, type InstrumentScales } from "../themes/themes-data.ts";

const enc = encodeURIComponent;
type In<S extends z.ZodType> = z.output<S>;

export const getPlans = query(
  (centreId: string, workshopId?: string) =>
    api.get(
      z.array(actionPlanSchema),
      `/api/v1/centres/${enc(centreId)}/action-plans${workshopId ? `?workshopId=${enc(workshopId)}` : ""}`,
    ),
  "plans.list",
);

export const getPlan = query(
  (planId: string) => api.get(actionPlanDetailSchema, `/api/v1/action-plans/${enc(planId)}`),
  "plans.plan",
);

const themeTitleSchema = z.object({ key: z.string(), title: z.object({ da: z.string(), en: z.string() }) });
export type ThemeTitle = z.infer<typeof themeTitleSchema>;

/** The nine themes' keys and titles (the rest of each theme is on its own page). */
export const getThemes = query(() => api.get(z.array(themeTitleSchema), "/api/v1/themes"), "plans.themes");

/** The part of a centre's (or team's) report a baseline needs: each scale's figure, if shown. */
const baselineReportSchema = z.object({
  round: z.object({ id: z.string(), label: z.string() }),
  centre: z.object({ id: z.string(), name: z.string() }),
  team: z.object({ id: z.string() }).nullable(),
  scales: z.array(
    z.object({ key: z.string(), centre: z.object({ n: z.number(), mean: z.number() }).nullable() }),
  ),
});
export type BaselineReport = z.infer<typeof baselineReportSchema>;

export const getBaselineReport = query(
  (roundId: string, centreId: string, teamId?: string) =>
    api.get(
      baselineReportSchema,
      `/api/v1/rounds/${enc(roundId)}/report?centre=${enc(centreId)}${teamId ? `&team=${enc(teamId)}` : ""}`,
    ),
  "plans.baseline",
);

/**
 * The scales a plan can aim to move, with their domains, in the questionnaire's order: those of
 * the baseline round's instrument (a network's own may rename, add or drop scales), the built-in
 * one's until that has loaded.
 */
export const scaleOptions = (scales?: InstrumentScales) => {
  const lang = locale();
  const from = scales ?? builtinInstrument;
  return from.domains
    .map((d) => ({
      key: d.key,
      label: d.label[lang],
      scales: from.scales
        .filter((s) => s.domain === d.key)
        .map((s) => ({ key: s.key, label: s.label[lang], polarity: s.polarity })),
    }))
    .filter((d) => d.scales.length > 0);
};

/** The scales of the instrument a round used. */
export const getRoundScales = query(async (roundId: string) => {
  const round = await api.get(z.object({ instrumentId: z.string() }), `/api/v1/rounds/${enc(roundId)}`);
  return getInstrumentScales(round.instrumentId);
}, "plans.roundScales");

/** The round's scales, loaded quietly: until they come (or without a round) the built-in names stand in. */
export function useRoundScales(roundId: () => string | null | undefined) {
  return createAsync(async () => {
    const id = roundId();
    return id ? getRoundScales(id).catch(() => undefined) : undefined;
  });
}

/** A scale as the round's instrument defines it, else as the built-in one does. */
const scaleDef = (key: string | null, scales: InstrumentScales | undefined) =>
  scales?.scales.find((s) => s.key === key) ?? builtinInstrument.scales.find((s) => s.key === key);

export const scaleLabel = (key: string | null, scales?: InstrumentScales) => {
  const scale = scaleDef(key, scales);
  return scale ? scale.label[locale()] : (key ?? "");
};

export const scalePolarity = (key: string | null, scales?: InstrumentScales) =>
  scaleDef(key, scales)?.polarity ?? "higher-better";

/** Every cached plan list (any filter), and the one plan that changed. */
async function changed(planId?: string) {
  await revalidate([getPlans.key, ...(planId ? [getPlan.keyFor(planId)] : [])]);
}

export async function createPlan(centreId: string, body: In<typeof actionPlanCreateSchema>) {
  const plan = await api.post(actionPlanDetailSchema, `/api/v1/centres/${enc(centreId)}/action-plans`, body);
  await changed();
  return plan;
}

export async function updatePlan(planId: string, body: In<typeof actionPlanUpdateSchema>) {
  const plan = await api.patch(actionPlanDetailSchema, `/api/v1/action-plans/${enc(planId)}`, body);
  await changed(planId);
  return plan;
}

export async function deletePlan(planId: string) {
  await api.send("DELETE", `/api/v1/action-plans/${enc(planId)}`);
  await changed();
}

export async function createItem(planId: string, body: In<typeof actionItemCreateSchema>) {
  const item = await api.post(actionItemSchema, `/api/v1/action-plans/${enc(planId)}/items`, body);
  await changed(planId);
  return item;
}

export async function updateItem(itemId: string, planId: string, body: In<typeof actionItemUpdateSchema>) {
  const item = await api.patch(actionItemSchema, `/api/v1/action-items/${enc(itemId)}`, body);
  await changed(planId);
  return item;
}

export async function removeItem(itemId: string, planId: string) {
  await api.send("DELETE", `/api/v1/action-items/${enc(itemId)}`);
  await changed(planId);
}
