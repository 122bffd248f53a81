/**
 * Prints how the demo data comes out: round 1 against the real 2007 figures, and Borgerservice
 * against the network and the reference in every round. Usage: npx tsx scripts/demo/generator/print-figures.ts
 */
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { demoRounds } from "../network.ts";
import { demoReferenceValues } from "../reference.ts";
import { demoResponses } from "../responses.ts";
import { amica2007Scales, amica2007ValueMost } from "./amica-2007.ts";
import { roundFigures } from "./figures.ts";
import { FOCAL_CENTRE_ID } from "./scale-plans.ts";

const started = performance.now();
const responses = demoResponses();
const elapsed = performance.now() - started;
const polarity = new Map(
  builtinInstrument.scales.map((s) => [s.key, s.polarity === "higher-better" ? 1 : -1]),
);
const fmt = (v: number) => v.toFixed(2).padStart(7);

const r1 = roundFigures(responses.filter((r) => r.roundId === demoRounds[0]?.id));
let worstScale = 0;
let worstChoice = 0;
console.log("2007 scales: got (want) for centre, network mean, highest, lowest");
for (const [key, want] of Object.entries(amica2007Scales)) {
  const f = r1.scales.get(key);
  if (!f) continue;
  const got = [
    f.centres.get(FOCAL_CENTRE_ID)?.mean ?? Number.NaN,
    f.network.mean,
    f.network.highest,
    f.network.lowest,
  ];
  const exp = [want.centre, want.networkMean, want.networkHighest, want.networkLowest];
  const d = Math.max(...got.map((g, i) => Math.abs(g - (exp[i] as number))));
  worstScale = Math.max(worstScale, d);
  console.log(
    key.padEnd(26),
    got.map((g, i) => `${fmt(g)} (${exp[i]})`).join(" "),
    ` max dev ${d.toFixed(3)}`,
  );
}
console.log("2007 value most");
for (const [key, want] of Object.entries(amica2007ValueMost)) {
  const f = r1.valueMost.get(key);
  if (!f) continue;
  const got = [
    f.centres.get(FOCAL_CENTRE_ID)?.mean ?? Number.NaN,
    f.network.mean,
    f.network.highest,
    f.network.lowest,
  ];
  const exp = [want.centre, want.networkMean, want.networkHighest, want.networkLowest];
  const d = Math.max(...got.map((g, i) => Math.abs(g - (exp[i] as number))));
  worstChoice = Math.max(worstChoice, d);
  console.log(
    key.padEnd(26),
    got.map((g, i) => `${fmt(g)} (${exp[i]})`).join(" "),
    ` max dev ${d.toFixed(3)}`,
  );
}
console.log(`worst 2007 deviation: scales ${worstScale.toFixed(3)}, value most ${worstChoice.toFixed(3)}`);

for (const round of demoRounds) {
  const f = roundFigures(responses.filter((r) => r.roundId === round.id));
  console.log(`\n${round.id}: Borgerservice vs network vs reference (diff towards better)`);
  for (const [key, fig] of f.scales) {
    const bs = fig.centres.get(FOCAL_CENTRE_ID);
    if (!bs) continue;
    const ref = demoReferenceValues[key]?.mean ?? Number.NaN;
    const towards = polarity.get(key) ?? 1;
    console.log(
      key.padEnd(26),
      `n ${String(bs.n).padStart(3)} ${fmt(bs.mean)} net ${fmt(fig.network.mean)} [${fmt(fig.network.lowest)}..${fmt(fig.network.highest)}] ref ${fmt(ref)}`,
      ` vsNet ${fmt(towards * (bs.mean - fig.network.mean))} vsRef ${fmt(towards * (bs.mean - ref))}`,
    );
  }
}
console.log(`\n${responses.length} responses in ${elapsed.toFixed(0)} ms`);
