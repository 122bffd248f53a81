/** Writing answers straight into the real local D1, for tests that need a round with data. */
import { env } from "cloudflare:test";
import { builtinInstrument, validateAnswers } from "../../../shared/instrument/index.ts";

/** Every item on one option (capped at the item's last option); two "value most" picks. */
export function packedAnswers(option: number, picks = 2): Uint8Array {
  const answers: Record<string, unknown> = {};
  for (const item of builtinInstrument.items) {
    answers[item.code] = Math.min(option, builtinInstrument.responseSets[item.responseSet].options.length);
  }
  answers[builtinInstrument.multipleChoice.code] = builtinInstrument.multipleChoice.options
    .slice(0, picks)
    .map((o) => o.key);
  const r = validateAnswers(builtinInstrument, answers);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.packed;
}

let serial = 0;

export async function insertResponses(
  roundId: string,
  centreId: string,
  teamId: string | null,
  options: number[],
  panelCodes: (string | null)[] = [],
) {
  await env.DB.batch(
    options.map((o, i) =>
      env.DB.prepare(
        "INSERT INTO responses (id, round_id, centre_id, team_id, panel_code, answers, source, submitted_at) VALUES (?, ?, ?, ?, ?, ?, 'import', '2031-03-02T10:00:00Z')",
      ).bind(`resp-${++serial}`, roundId, centreId, teamId, panelCodes[i] ?? null, packedAnswers(o)),
    ),
  );
}
