import { z } from "zod";
import { isoDate, nameText, notEmpty, notEmptyMessage } from "./common.ts";

export const centreCreateSchema = z.object({
  name: nameText(120),
  joinedOn: isoDate.optional(),
});

export const centreUpdateSchema = z
  .object({
    name: nameText(120).optional(),
    joinedOn: isoDate.nullable().optional(),
    /** Set to record that the centre left the network; its history is kept. Null to rejoin. */
    leftOn: isoDate.nullable().optional(),
  })
  .refine(notEmpty, notEmptyMessage);

export const centreSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  /** Null where the caller may not see the name (researchers see pseudonyms only). */
  name: z.string().nullable(),
  pseudonym: z.string(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  active: z.boolean(),
});
export type Centre = z.infer<typeof centreSchema>;

export const teamCreateSchema = z.object({ name: nameText(120) });
export const teamUpdateSchema = z
  .object({
    name: nameText(120).optional(),
    archivedOn: isoDate.nullable().optional(),
  })
  .refine(notEmpty, notEmptyMessage);
export const teamSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  name: z.string(),
  pseudonym: z.string(),
  archivedOn: z.string().nullable(),
});
export type Team = z.infer<typeof teamSchema>;
