import { builtinInstrument, instrumentDefinitionSchema } from "../../../shared/instrument/index.ts";
import { Problem } from "../../lib/problem.ts";

const builtinScales = new Set(builtinInstrument.scales.map((s) => s.key));

/**
 * Scale keys must name scales of an instrument the network can use: the built-in one, or one the
 * network uploaded. Only an unknown key costs a query.
 */
export async function assertKnownScales(
  d1: D1Database,
  networkId: string,
  keys: readonly string[] | undefined,
  field = "scaleKeys",
): Promise<void> {
  if (!keys?.length || keys.every((k) => builtinScales.has(k))) return;
  const rows = await d1
    .prepare("SELECT definition FROM instruments WHERE network_id = ?")
    .bind(networkId)
    .all<{ definition: string }>();
  const known = new Set(builtinScales);
  for (const row of rows.results) {
    const def = instrumentDefinitionSchema.safeParse(JSON.parse(row.definition));
    if (def.success) for (const s of def.data.scales) known.add(s.key);
  }
  const errors = keys.flatMap((k, i) =>
    known.has(k)
      ? []
      : [
          {
            code: "unknown" as const,
            path: `${field}.${i}`,
            message: "Not a scale of the network's instruments.",
          },
        ],
  );
  if (errors.length) throw new Problem(422, "Unknown scales.", errors);
}
