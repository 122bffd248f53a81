/**
 * The nine themes of the work-environment guidance for public contact centres, as content: what
 * research shows, what you can do, questions to ask yourselves and examples, in Danish and English,
 * with the survey scales each theme relates to. Reports link weak scales to their themes;
 * workshops show a theme's questions as prompts; action plans cite a theme by its key.
 */
import { z } from "zod";
import { localizedTextSchema } from "../instrument/schema.ts";

export const themeKeys = [
  "instruction-training",
  "variation-influence",
  "development-opportunities",
  "time-pressure",
  "measurements-performance",
  "difficult-calls",
  "customer-service",
  "technology",
  "physical-setting",
] as const;

export const themeKeySchema = z.enum(themeKeys);
export type ThemeKey = z.infer<typeof themeKeySchema>;

/**
 * Where an example comes from: a guidance sheet (retold without the organisation's name), the
 * AMICA project's own slides, or an illustration of ours that is not a documented case.
 */
export const exampleSourceSchema = z.enum(["guidance", "amica", "illustrative"]);

export const themeExampleSchema = z.object({
  text: localizedTextSchema,
  source: exampleSourceSchema,
});

export const themeLinkSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
});

export const themeSchema = z.object({
  key: themeKeySchema,
  /** 1–9, the order of the guidance material. */
  number: z.int().min(1).max(9),
  title: localizedTextSchema,
  /** Who the theme is for, in one sentence. */
  purpose: localizedTextSchema,
  research: z.array(localizedTextSchema).min(1),
  actions: z.array(localizedTextSchema).min(1),
  questions: z.array(localizedTextSchema).min(1),
  examples: z.array(themeExampleSchema).min(1),
  /** Scale keys of the built-in instrument, the most direct relation first. */
  scaleKeys: z.array(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/)).min(1),
  /**
   * `guidance`: retold from a guidance sheet that covers the theme in full; `general`: written by
   * us from general knowledge of contact-centre work, more modestly.
   */
  basis: z.enum(["guidance", "general"]),
  /** Where to read more (the sources the guidance sheet names). */
  links: z.array(themeLinkSchema),
});

export type Theme = z.infer<typeof themeSchema>;
export type ThemeExample = z.infer<typeof themeExampleSchema>;
