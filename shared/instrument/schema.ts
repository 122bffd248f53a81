import { z } from "zod";

/** A text in both languages the product ships; a definition without either is rejected. */
export const localizedTextSchema = z.object({
  da: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

// Keys end up in URLs, CSV headers and R/pandas column names, so keep them plain.
const keySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "use lower-case letters, digits and hyphens, starting with a letter");

export const polaritySchema = z.enum(["higher-better", "higher-worse"]);

export const responseOptionSchema = z.object({
  code: z.int().min(1).max(255),
  label: localizedTextSchema,
  /** The option's value before any reversal, in the direction of the scale's name. */
  score: z.number().min(0).max(100),
});

export const responseSetSchema = z.object({
  options: z
    .array(responseOptionSchema)
    .min(2)
    .max(255)
    .superRefine((options, ctx) => {
      // Codes 1..k in order let packing store an answer as one byte and validate it by range alone.
      options.forEach((option, index) => {
        if (option.code !== index + 1) {
          ctx.addIssue({
            code: "custom",
            path: [index, "code"],
            message: `expected code ${index + 1}: option codes run 1..k in order`,
          });
        }
      });
    }),
});

export const domainSchema = z.object({ key: keySchema, label: localizedTextSchema });

export const scaleSchema = z.object({
  key: keySchema,
  domain: keySchema,
  label: localizedTextSchema,
  polarity: polaritySchema,
  description: localizedTextSchema.optional(),
});

export const itemSchema = z.object({
  code: keySchema,
  scale: keySchema,
  text: localizedTextSchema,
  responseSet: keySchema,
  reversed: z.boolean(),
  required: z.boolean().optional(),
});

export const multipleChoiceSchema = z.object({
  code: keySchema,
  text: localizedTextSchema,
  maxChoices: z.int().min(1),
  options: z
    .array(z.object({ key: keySchema, label: localizedTextSchema }))
    .min(1)
    .max(255),
});

export const openQuestionSchema = z.object({ code: keySchema, text: localizedTextSchema });

const baseSchema = z.object({
  key: keySchema,
  version: z.int().min(1),
  name: localizedTextSchema,
  responseSets: z.record(keySchema, responseSetSchema),
  domains: z.array(domainSchema).min(1),
  scales: z.array(scaleSchema).min(1),
  items: z.array(itemSchema).min(1),
  multipleChoice: multipleChoiceSchema,
  openQuestions: z.array(openQuestionSchema),
});

type Base = z.infer<typeof baseSchema>;
type Ctx = z.RefinementCtx<Base>;

function flagDuplicates(
  ctx: Ctx,
  values: readonly string[],
  path: (index: number) => PropertyKey[],
  what: string,
) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({ code: "custom", path: path(index), message: `duplicate ${what} "${value}"` });
    seen.add(value);
  });
}

function checkReferences(def: Base, ctx: Ctx) {
  const domainKeys = new Set(def.domains.map((d) => d.key));
  const scaleKeys = new Set(def.scales.map((s) => s.key));
  def.scales.forEach((scale, i) => {
    if (!domainKeys.has(scale.domain)) {
      ctx.addIssue({
        code: "custom",
        path: ["scales", i, "domain"],
        message: `unknown domain "${scale.domain}"`,
      });
    }
  });
  def.items.forEach((item, i) => {
    if (!scaleKeys.has(item.scale)) {
      ctx.addIssue({ code: "custom", path: ["items", i, "scale"], message: `unknown scale "${item.scale}"` });
    }
    if (!Object.hasOwn(def.responseSets, item.responseSet)) {
      ctx.addIssue({
        code: "custom",
        path: ["items", i, "responseSet"],
        message: `unknown response set "${item.responseSet}"`,
      });
    }
  });
  const used = new Set(def.items.map((item) => item.scale));
  def.scales.forEach((scale, i) => {
    if (!used.has(scale.key)) {
      ctx.addIssue({
        code: "custom",
        path: ["scales", i, "key"],
        message: `scale "${scale.key}" has no items`,
      });
    }
  });
}

function checkCodes(def: Base, ctx: Ctx) {
  flagDuplicates(
    ctx,
    def.domains.map((d) => d.key),
    (i) => ["domains", i, "key"],
    "domain key",
  );
  flagDuplicates(
    ctx,
    def.scales.map((s) => s.key),
    (i) => ["scales", i, "key"],
    "scale key",
  );
  const mc = def.multipleChoice;
  flagDuplicates(
    ctx,
    mc.options.map((o) => o.key),
    (i) => ["multipleChoice", "options", i, "key"],
    "option key",
  );
  if (mc.maxChoices > mc.options.length) {
    ctx.addIssue({
      code: "custom",
      path: ["multipleChoice", "maxChoices"],
      message: `maxChoices ${mc.maxChoices} exceeds the ${mc.options.length} options`,
    });
  }
  // Items, the multiple-choice question and open questions share one answer object, so one namespace.
  const codes = [
    ...def.items.map((item, i) => ({ code: item.code, path: ["items", i, "code"] })),
    { code: mc.code, path: ["multipleChoice", "code"] },
    ...def.openQuestions.map((q, i) => ({ code: q.code, path: ["openQuestions", i, "code"] })),
  ];
  flagDuplicates(
    ctx,
    codes.map((c) => c.code),
    (i) => codes[i]?.path ?? [],
    "question code",
  );
}

/** Validates an instrument definition (built-in or uploaded by a coordinator). */
export const instrumentDefinitionSchema = baseSchema.superRefine((def, ctx) => {
  checkCodes(def, ctx);
  checkReferences(def, ctx);
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Polarity = z.infer<typeof polaritySchema>;
export type ResponseOption = z.infer<typeof responseOptionSchema>;
export type ResponseSet = z.infer<typeof responseSetSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Item = z.infer<typeof itemSchema>;
export type MultipleChoice = z.infer<typeof multipleChoiceSchema>;
export type OpenQuestion = z.infer<typeof openQuestionSchema>;
export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;
