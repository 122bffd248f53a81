/**
 * The theme library and the names of survey scales, as router queries (cached per argument).
 * Themes come from the public theme routes; a scale's name comes from the instrument that defines
 * it, so that pages show "Arbejdstempo" rather than `work-pace`.
 */
import { query } from "@solidjs/router";
import { z } from "zod";
import { domainSchema, localizedTextSchema } from "../../../../shared/instrument/schema.ts";
import { instrumentSummarySchema } from "../../../../shared/schemas/instrument.ts";
import { type Theme, themeSchema } from "../../../../shared/themes/schema.ts";
import { api } from "../../lib/api.ts";
import { locale } from "../../lib/i18n.ts";

const enc = encodeURIComponent;

export const getThemes = query(() => api.get(z.array(themeSchema), "/api/v1/themes"), "seminars.themes");

const scaleDefSchema = z.object({
  key: z.string(),
  domain: z.string(),
  label: localizedTextSchema,
  polarity: z.enum(["higher-better", "higher-worse"]),
});
export type ScaleDef = z.infer<typeof scaleDefSchema>;

/** The part of an instrument definition these pages need: its domains and scales. */
const instrumentScalesSchema = z.object({
  domains: z.array(domainSchema),
  scales: z.array(scaleDefSchema),
});
export type InstrumentScales = z.infer<typeof instrumentScalesSchema>;

export const getInstrumentScales = query(
  (instrumentId: string) => api.get(instrumentScalesSchema, `/api/v1/instruments/${enc(instrumentId)}`),
  "seminars.instrument",
);

/** Every scale the network's instruments define, the built-in instrument's first, each key once. */
export const getNetworkScales = query(async (networkId: string): Promise<InstrumentScales> => {
  const list = await api.get(
    z.array(instrumentSummarySchema),
    `/api/v1/networks/${enc(networkId)}/instruments`,
  );
  const ordered = [...list].sort((a, b) => Number(b.builtIn) - Number(a.builtIn));
  const defs = await Promise.all(ordered.map((i) => getInstrumentScales(i.id)));
  const scales = new Map<string, ScaleDef>();
  const domains = new Map<string, InstrumentScales["domains"][number]>();
  for (const def of defs) {
    for (const d of def.domains) if (!domains.has(d.key)) domains.set(d.key, d);
    for (const s of def.scales) if (!scales.has(s.key)) scales.set(s.key, s);
  }
  return { domains: [...domains.values()], scales: [...scales.values()] };
}, "seminars.networkScales");

/** A text in the reader's language. */
export const inLocale = (text: { da: string; en: string }) => text[locale()];

/** A scale's name in the reader's language, or its key where no instrument names it. */
export function scaleName(scales: InstrumentScales | undefined, key: string): string {
  const found = scales?.scales.find((s) => s.key === key);
  return found ? inLocale(found.label) : key;
}

export function themeTitle(themes: readonly Theme[] | undefined, key: string): string {
  const found = themes?.find((th) => th.key === key);
  return found ? inLocale(found.title) : key;
}

/**
 * The themes a scale relates to, the most direct first (the scale earlier in the theme's own
 * list), then in theme order; as `themesForScale` in shared/themes orders them for the API.
 */
export function themesForScale(all: readonly Theme[], scaleKey: string): Theme[] {
  return all
    .filter((theme) => theme.scaleKeys.includes(scaleKey))
    .sort((a, b) => a.scaleKeys.indexOf(scaleKey) - b.scaleKeys.indexOf(scaleKey) || a.number - b.number);
}
