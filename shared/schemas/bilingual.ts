import type { LocalizedText } from "../instrument/schema.ts";

/**
 * A text that people outside the product wrote (a reference set's name and source) is stored in
 * Danish (or the only language given) with an English one where given; the API always answers with
 * both, so that the Danish page never shows the English text and the English page falls back.
 */
export const bilingual = (da: string, en: string | null | undefined): LocalizedText => ({ da, en: en ?? da });
