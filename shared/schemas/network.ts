import { z } from "zod";
import { nameText, notEmpty, notEmptyMessage, roleSchema } from "./common.ts";

export const networkSettingsSchema = z.object({
  minGroupSize: z.number().int().min(3, "The minimum group size is never below 3.").max(100),
  freeTextMinGroupSize: z.number().int().min(3).max(1000),
  meaningfulDifference: z.number().min(0).max(50),
  lightComparison: z.enum(["network", "reference"]),
  /** Network mean, highest and lowest need at least this many centres reaching the minimum group size. */
  minCentresForBenchmark: z.number().int().min(3, "A benchmark never uses fewer than 3 centres.").max(100),
});

export const networkCreateSchema = networkSettingsSchema.partial().extend({ name: nameText(120) });
export const networkUpdateSchema = networkSettingsSchema
  .partial()
  .extend({ name: nameText(120).optional() })
  .refine(notEmpty, notEmptyMessage);

export const networkSchema = networkSettingsSchema.extend({
  id: z.string(),
  name: z.string(),
  /** The caller's role in this network. */
  role: roleSchema,
  createdAt: z.string(),
});
export type Network = z.infer<typeof networkSchema>;
