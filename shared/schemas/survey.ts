/**
 * Schemas for answers getting in: invitation codes, the respondent's survey, CSV imports and
 * participation counts. The same schemas validate requests on the server, describe them in the
 * OpenAPI document and serve the SPA's forms.
 */
import { z } from "zod";
import {
  domainSchema,
  itemSchema,
  localizedTextSchema,
  multipleChoiceSchema,
  openQuestionSchema,
  responseSetSchema,
  scaleSchema,
} from "../instrument/schema.ts";
import { importErrorCodes } from "./import-error-code.ts";
import { roundStatusSchema } from "./round.ts";
import { supportTextSchema } from "./support-text.ts";

/** Most codes one request may create; print runs larger than this take several requests. */
export const MAX_CODES_PER_REQUEST = 1000;

export const invitationCreateSchema = z.object({
  centreId: z.string().min(1),
  /** Codes for one team, so that team figures can be reported; omit for the centre as a whole. */
  teamId: z.string().min(1).optional(),
  count: z
    .int("A whole number of codes.")
    .min(1, "At least one code.")
    .max(MAX_CODES_PER_REQUEST, `At most ${MAX_CODES_PER_REQUEST} codes at a time.`),
});
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationCodesSchema = z.object({
  /** Shown this once: only a hash is stored. A respondent opens `/s/<code>`. */
  codes: z.array(z.string()),
});

const invitationCounts = {
  /** Every code made, whatever became of it. */
  created: z.number().int(),
  used: z.number().int(),
  /** Revoked before use. */
  revoked: z.number().int(),
  /** Neither used nor revoked: still out there. */
  unused: z.number().int(),
};

export const invitationSummarySchema = z.object({
  centres: z.array(
    z.object({
      centreId: z.string(),
      name: z.string(),
      ...invitationCounts,
      /** The centre's counts split by team; codes made for the centre as a whole are in no team. */
      teams: z.array(z.object({ teamId: z.string(), name: z.string(), ...invitationCounts })),
    }),
  ),
});
export type InvitationSummary = z.infer<typeof invitationSummarySchema>;

export const invitationRevokeSchema = z.object({
  centreId: z.string().min(1),
  /** Only this team's codes; without it, every unused code of the centre. */
  teamId: z.string().min(1).optional(),
  /** Only these codes (for example a lost slip); they must belong to the centre (and team). */
  codes: z.array(z.string().min(1).max(64)).min(1).max(MAX_CODES_PER_REQUEST).optional(),
});
export type InvitationRevoke = z.infer<typeof invitationRevokeSchema>;

export const invitationRevokeResultSchema = z.object({ revoked: z.number().int() });

// --- The respondent's side --------------------------------------------------------------------

/**
 * The instrument as a respondent's browser gets it: the stored definition, with each response set
 * also carrying its own key and the multiple-choice question marked `type: "multiple"`, so that a
 * client walking the document needs no outside knowledge. Parsing it with the instrument schema
 * gives back the definition itself.
 */
export const surveyInstrumentSchema = z.object({
  key: z.string(),
  version: z.int(),
  name: localizedTextSchema,
  responseSets: z.record(z.string(), responseSetSchema.extend({ key: z.string() })),
  domains: z.array(domainSchema),
  scales: z.array(scaleSchema),
  items: z.array(itemSchema),
  multipleChoice: multipleChoiceSchema.extend({ type: z.literal("multiple") }),
  openQuestions: z.array(openQuestionSchema),
});
export type SurveyInstrument = z.infer<typeof surveyInstrumentSchema>;

export const surveySupportSchema = z.object({
  /** The centre's own line about whom to talk to, per language; null: the survey's default. */
  text: supportTextSchema,
  /**
   * The network's meaningful difference (0–100 points): a scale of the own profile this much worse
   * than its reference is "high", as a red traffic light is in the reports.
   */
  threshold: z.number(),
});
export type SurveySupport = z.infer<typeof surveySupportSchema>;

export const surveySchema = z.object({
  round: z.object({ label: z.string(), closesOn: z.string() }),
  instrument: surveyInstrumentSchema,
  support: surveySupportSchema,
});
export type Survey = z.infer<typeof surveySchema>;

/** A self-chosen code that links one person's answers across rounds, and nothing else. */
export const panelCodeSchema = z
  .string()
  .trim()
  .max(64, "At most 64 characters.")
  // A pattern rather than a refine, so that the OpenAPI document states the rule too: blank, or at
  // least three characters from the first non-space to the last.
  .regex(/^\s*$|^\s*\S[\s\S]+\S\s*$/, "At least 3 characters.");

export const surveySubmitSchema = z.object({
  /**
   * Item code → option code (1..k), the multiple-choice code → option keys, open-question code →
   * text; `null` or absent for an item left blank.
   */
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string()), z.null()])),
  /** Optional; blank means none. */
  panelCode: panelCodeSchema.nullable().optional(),
});
export type SurveySubmit = z.infer<typeof surveySubmitSchema>;

/**
 * The unfinished answers a respondent keeps on the server under their code (opt-in), to go on on
 * another device: the answers as they would be sent, and the panel code as typed so far.
 */
export const surveyDraftSchema = z.object({
  answers: surveySubmitSchema.shape.answers,
  panelCode: z.string().max(64, "At most 64 characters."),
});
export type SurveyDraft = z.infer<typeof surveyDraftSchema>;

export const surveyDraftReplySchema = z.object({
  /** Null: nothing kept on the server for this code. */
  draft: surveyDraftSchema.nullable(),
  /** When it was last saved; null with no draft. */
  savedAt: z.string().nullable(),
});
export type SurveyDraftReply = z.infer<typeof surveyDraftReplySchema>;

export const idempotencyHeadersSchema = z.object({
  /**
   * A random value made once per submission (`crypto.randomUUID()`) and sent again on a retry.
   * Never derive it from the code: it is kept with the answers.
   */
  "idempotency-key": z.string().min(16, "At least 16 characters.").max(128, "At most 128 characters."),
});

export const referenceValuesSchema = z.object({
  name: localizedTextSchema,
  source: localizedTextSchema,
  synthetic: z.boolean(),
  values: z.record(z.string(), z.object({ mean: z.number(), sd: z.number().nullable().optional() })),
});

export const surveyReceiptSchema = z.object({
  received: z.literal(true),
  submittedAt: z.string(),
  /** The network's reference values, for the respondent's own profile drawn in the browser. */
  reference: referenceValuesSchema.nullable(),
});
export type SurveyReceipt = z.infer<typeof surveyReceiptSchema>;

// --- Imports ----------------------------------------------------------------------------------

export const importQuerySchema = z.object({
  /** `true` stores the valid rows even if others are rejected; by default nothing is stored then. */
  partial: z.enum(["true", "false"]).optional(),
  /** The uploaded file's name, kept with the import for the record. */
  filename: z.string().trim().min(1).max(200).optional(),
});

export const importRowErrorSchema = z.object({
  /** Row of the file as a spreadsheet numbers it: the header is row 1. */
  row: z.number().int(),
  errors: z.array(
    z.object({
      /** The header name of the cell's column; `(row)` for the row as a whole. */
      column: z.string(),
      /** What is wrong, for words in the reader's language (the SPA never shows `message`). */
      code: z.enum(importErrorCodes),
      /** Bounds the words need: `min`/`max` of a value, `cells`/`columns` of a row too long. */
      params: z
        .object({
          min: z.number().optional(),
          max: z.number().optional(),
          cells: z.number().int().optional(),
          columns: z.number().int().optional(),
        })
        .optional(),
      /** English, for people reading the API. */
      message: z.string(),
    }),
  ),
});

export const importResultSchema = z.object({
  imported: z.number().int(),
  /** The first rejected rows (at most 500, each with at most 20 errors). */
  rejected: z.array(importRowErrorSchema),
  /** Every rejected row, also those beyond the list. */
  rejectedCount: z.number().int(),
  /** True when this very file was imported into the round before; nothing was added again. */
  duplicate: z.boolean().optional(),
  note: z.string().optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

// --- Participation ----------------------------------------------------------------------------

const participationCounts = {
  /** Codes issued and not revoked. */
  invited: z.number().int(),
  answered: z.number().int(),
  /** The group's headcount for the round; null where none was entered. */
  headcount: z.number().int().nullable(),
  /** answered / headcount, 0–1; null (unknown) where no headcount was entered. Never above 1. */
  rate: z.number().min(0).max(1).nullable(),
};

export const participationSchema = z.object({
  roundId: z.string(),
  status: roundStatusSchema,
  centres: z.array(
    z.object({
      centreId: z.string(),
      name: z.string(),
      ...participationCounts,
      teams: z.array(z.object({ teamId: z.string(), name: z.string(), ...participationCounts })),
    }),
  ),
  /** Over the centres listed. */
  totals: z.object(participationCounts),
});
export type Participation = z.infer<typeof participationSchema>;
