/**
 * The centre's support line without zod, for the respondent's light survey app (see
 * shared/schemas/support-text.ts for the schema the API checks it with).
 */
export const SUPPORT_TEXT_MAX = 600;

/**
 * Shown where a centre has set no text of its own. Kept here rather than with the translations:
 * the centre's page shows both languages' defaults side by side, whatever language the reader uses.
 */
export const DEFAULT_SUPPORT_TEXT = {
  da: "Du kan tale med din nærmeste leder, en kollega du har tillid til, arbejdsmiljørepræsentanten eller din egen læge. Har arbejdspladsen en sundhedsordning eller psykologhjælp, kan du også bruge den.",
  en: "You can talk to your line manager, a colleague you trust, your health and safety representative or your own doctor. If your workplace has a health scheme or a psychologist you can see, you can use that too.",
} as const;
