import { z } from "zod";
import { localizedTextSchema } from "../instrument/schema.ts";
import { nameText, nonBlank } from "./common.ts";

export const instrumentSummarySchema = z.object({
  id: z.string(),
  key: z.string(),
  version: z.number().int(),
  name: z.object({ da: z.string(), en: z.string() }),
  builtIn: z.boolean(),
  scales: z.number().int(),
  items: z.number().int(),
  /** True once a round uses it: from then on it never changes. */
  inUse: z.boolean(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

const referenceValueSchema = z.object({
  mean: z.number().min(0).max(100),
  sd: z.number().min(0).max(100).nullable().optional(),
});

export const referenceSetCreateSchema = z.object({
  instrumentId: z.string().min(1),
  /** The name in Danish (or the only language given) … */
  name: nameText(200),
  /** … and in English, where it differs. */
  nameEn: nameText(200).optional(),
  /** Where the values come from, in Danish (or the only language given) … */
  source: nonBlank(500),
  /** … and in English, where it differs. */
  sourceEn: nonBlank(500).optional(),
  synthetic: z.boolean().optional(),
  values: z.record(z.string(), referenceValueSchema).refine((v) => Object.keys(v).length > 0, {
    message: "Give at least one scale.",
    params: { code: "required" },
  }),
  /** Make it the network's comparison for this instrument at once. */
  activate: z.boolean().optional(),
});

export const referenceSetSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  name: localizedTextSchema,
  source: localizedTextSchema,
  synthetic: z.boolean(),
  values: z.record(z.string(), z.object({ mean: z.number(), sd: z.number().nullable().optional() })),
  active: z.boolean(),
});
export type ReferenceSet = z.infer<typeof referenceSetSchema>;

export const referenceSetActivateSchema = z.object({ referenceSetId: z.string().min(1) });
