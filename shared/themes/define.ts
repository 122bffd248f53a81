import type { LocalizedText } from "../instrument/schema.ts";
import type { ThemeExample } from "./schema.ts";

export const t = (da: string, en: string): LocalizedText => ({ da, en });

export const example = (source: ThemeExample["source"], da: string, en: string): ThemeExample => ({
  source,
  text: { da, en },
});
