import { instrumentIndex } from "../shared/instrument/instrument-index.ts";
import type { InstrumentDefinition } from "../shared/instrument/schema.ts";
// mulberry32: small, fast and seedable, so every run of the benchmark scores the same data.
import { mulberry32 as random } from "../shared/ranking/prng.ts";

/** A round of synthetic answers in the shape the API hands to aggregateRound. */
export interface SyntheticRound {
  packed: Uint8Array;
  count: number;
  centre: Int32Array;
  team: Int32Array;
  centreIds: string[];
  teamIds: string[];
}

export interface SyntheticOptions {
  respondents: number;
  centres: number;
  teamsPerCentre: number;
  /** Share of answers left blank. */
  missing: number;
  /** Share of respondents in no team. */
  noTeam: number;
  seed: number;
}

export function syntheticRound(def: InstrumentDefinition, o: SyntheticOptions): SyntheticRound {
  const rnd = random(o.seed);
  const index = instrumentIndex(def);
  const width = index.width;
  const packed = new Uint8Array(o.respondents * width);
  const centre = new Int32Array(o.respondents);
  const team = new Int32Array(o.respondents);
  const centreIds = Array.from({ length: o.centres }, (_, c) => `centre-${c + 1}`);
  const teamIds = Array.from({ length: o.centres * o.teamsPerCentre }, (_, t) => `team-${t + 1}`);
  const scaleOf = def.items.map((item) => def.scales.findIndex((s) => s.key === item.scale));
  const level = new Float64Array(def.scales.length);
  for (let r = 0; r < o.respondents; r++) {
    const c = Math.floor(rnd() * o.centres);
    centre[r] = c;
    team[r] = rnd() < o.noTeam ? -1 : c * o.teamsPerCentre + Math.floor(rnd() * o.teamsPerCentre);
    // A person leans one way on each scale, so item answers within a scale correlate as in real data.
    for (let s = 0; s < level.length; s++) level[s] = rnd() + c * 0.03;
    for (let slot = 0; slot < index.itemCodes.length; slot++) {
      if (rnd() < o.missing) continue;
      const k = index.optionCount[slot] as number;
      const lean = (level[scaleOf[slot] as number] as number) * 0.7 + rnd() * 0.3;
      packed[r * width + slot] = Math.min(k, 1 + Math.floor(lean * k));
    }
    const picks = Math.floor(rnd() * 4);
    for (let p = 0; p < picks; p++) {
      packed[r * width + index.choiceOffset + Math.floor(rnd() * index.choiceKeys.length)] = 1;
    }
  }
  return { packed, count: o.respondents, centre, team, centreIds, teamIds };
}
