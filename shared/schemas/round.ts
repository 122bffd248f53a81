import { z } from "zod";
import { isoDate, nameText, notEmpty, notEmptyMessage, uniqueItems } from "./common.ts";

export const roundStatusSchema = z.enum(["draft", "open", "closed", "published"]);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

const datesInOrder = (r: { opensOn?: string; closesOn?: string }) =>
  !r.opensOn || !r.closesOn || r.opensOn <= r.closesOn;

export const roundCreateSchema = z
  .object({
    label: nameText(120),
    opensOn: isoDate,
    closesOn: isoDate,
    centreIds: z.array(z.string().min(1)).min(1, "Choose at least one centre.").max(200).meta(uniqueItems),
    instrumentId: z.string().min(1).optional(),
  })
  .refine(datesInOrder, {
    path: ["closesOn"],
    message: "The round cannot close before it opens.",
    params: { code: "closes-before-opens" },
  });

export const roundUpdateSchema = z
  .object({
    label: nameText(120).optional(),
    opensOn: isoDate.optional(),
    closesOn: isoDate.optional(),
    centreIds: z
      .array(z.string().min(1))
      .min(1, "Choose at least one centre.")
      .max(200)
      .meta(uniqueItems)
      .optional(),
  })
  .refine(notEmpty, notEmptyMessage)
  .refine(datesInOrder, {
    path: ["closesOn"],
    message: "The round cannot close before it opens.",
    params: { code: "closes-before-opens" },
  });

export const roundSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  label: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  instrumentId: z.string(),
  status: roundStatusSchema,
  /** 1 for the network's first round, by opening date. */
  wave: z.number().int(),
  centreIds: z.array(z.string()),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type Round = z.infer<typeof roundSchema>;

/** Which status a round may move to from which; anything else is a 409. */
export const roundTransitions: Record<RoundStatus, RoundStatus[]> = {
  draft: ["open"],
  open: ["closed"],
  closed: ["published", "open"],
  published: [],
};
