import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { instrumentIndex } from "../../shared/instrument/instrument-index.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
import type { AggregateRow } from "../../shared/scoring/aggregate-row.ts";
import { effectiveMinGroupSize, nextVersion } from "../../shared/scoring/figure-versions.ts";
import { buildOverview, type Overview } from "../../shared/scoring/overview.ts";
import { buildCentreReport } from "../../shared/scoring/report.ts";
import { PROPERTY_TIMEOUT } from "./helpers.ts";
import { random } from "./random.ts";

const index = instrumentIndex(def);
const scaleSlots = def.scales.map((s) =>
  def.items.flatMap((item, slot) => (item.scale === s.key ? [slot] : [])),
);

interface Person {
  centre: number;
  team: number;
  row: Uint8Array;
}

const networkArbitrary = fc.record({
  minGroupSize: fc.integer({ min: 3, max: 6 }),
  seed: fc.integer(),
  skipScale: fc.double({ min: 0, max: 0.6, noNaN: true }),
  centres: fc.array(
    fc.record({
      teams: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }),
      unassigned: fc.integer({ min: 0, max: 4 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});
type Network = typeof networkArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A random respondent; some skip whole scales, so that n differs by key. */
function makePerson(rnd: () => number, skipScale: number, centre: number, team: number): Person {
  const row = new Uint8Array(index.width);
  for (const slots of scaleSlots) {
    if (rnd() < skipScale) continue;
    for (const slot of slots) {
      if (rnd() < 0.1) continue;
      row[slot] = 1 + Math.floor(rnd() * (index.optionCount[slot] as number));
    }
  }
  const picks = Math.floor(rnd() * 4);
  for (let p = 0; p < picks; p++) row[index.choiceOffset + Math.floor(rnd() * index.choiceKeys.length)] = 1;
  return { centre, team, row };
}

/** Respondents of a random network. */
function people(network: Network): { people: Person[]; teamCentre: number[] } {
  const rnd = random(network.seed);
  const out: Person[] = [];
  const teamCentre: number[] = [];
  const person = (centre: number, team: number) => {
    out.push(makePerson(rnd, network.skipScale, centre, team));
  };
  network.centres.forEach((c, centre) => {
    for (const size of c.teams) {
      const team = teamCentre.push(centre) - 1;
      for (let i = 0; i < size; i++) person(centre, team);
    }
    for (let i = 0; i < c.unassigned; i++) person(centre, -1);
  });
  return { people: out, teamCentre };
}

const centreIds = (network: Network) => network.centres.map((_, c) => `c${c}`);
const teamIds = (teamCentre: number[]) => teamCentre.map((_, t) => `t${t}`);

function aggregate(network: Network, ps: Person[], teamCentre: number[]): AggregateRow[] {
  const packed = new Uint8Array(ps.length * index.width);
  ps.forEach((p, i) => {
    packed.set(p.row, i * index.width);
  });
  return aggregateRound(def, {
    packed,
    centre: Int32Array.from(ps.map((p) => p.centre)),
    team: Int32Array.from(ps.map((p) => p.team)),
    centreIds: centreIds(network),
    teamIds: teamIds(teamCentre),
  });
}

/** Every output a facilitator or coordinator can get for the round. */
function outputs(network: Network, rows: AggregateRow[], teamCentre: number[], min = network.minGroupSize) {
  const base = {
    def,
    round: { id: "r", label: "Round", date: "2009-09-01" },
    minGroupSize: min,
    threshold: 5,
    comparison: "network" as const,
    rows,
    reference: null,
    previous: null,
  };
  const reports = centreIds(network).flatMap((id, c) => [
    buildCentreReport({ ...base, centre: { id, name: id } }),
    ...teamIds(teamCentre)
      .filter((_, t) => teamCentre[t] === c)
      .map((team) => buildCentreReport({ ...base, centre: { id, name: id }, team })),
  ]);
  const overview = buildOverview({
    def,
    round: base.round,
    centres: centreIds(network).map((id) => ({ id, name: id })),
    teams: teamIds(teamCentre).map((id, t) => ({ id, name: id, centre: `c${teamCentre[t]}` })),
    minGroupSize: min,
    rows,
  });
  return { reports, overview };
}

/** All objects in a JSON tree. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (value === null || typeof value !== "object") return;
  if (!Array.isArray(value)) yield value as Record<string, unknown>;
  for (const child of Object.values(value)) yield* objects(child);
}

const rowOf = (
  rows: AggregateRow[],
  centre: string,
  team: string | null,
  metric: "scale" | "choice",
  key: string,
) => rows.find((r) => r.centre === centre && r.team === team && r.metric === metric && r.key === key);

describe("anonymity over random networks", () => {
  it(
    "shows no group figure computed from fewer than the minimum group size",
    () => {
      fc.assert(
        fc.property(networkArbitrary, (network) => {
          const { people: ps, teamCentre } = people(network);
          const rows = aggregate(network, ps, teamCentre);
          const { reports, overview } = outputs(network, rows, teamCentre);
          for (const o of objects({ reports, overview })) {
            if (typeof o.n === "number" && "mean" in o)
              expect(o.n).toBeGreaterThanOrEqual(network.minGroupSize);
          }
          for (const report of reports) {
            for (const v of report.valueMost) {
              if (v.centre === null) continue;
              const row = rowOf(rows, report.centre.id, report.team?.id ?? null, "choice", v.key);
              expect(row?.n).toBeGreaterThanOrEqual(network.minGroupSize);
            }
          }
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "gives the same outputs whatever the answers behind a suppressed centre figure",
    () => {
      fc.assert(
        fc.property(networkArbitrary, (network) => {
          const { people: ps, teamCentre } = people(network);
          const rows = aggregate(network, ps, teamCentre);
          const min = network.minGroupSize;
          // Change every answer that only a suppressed centre figure is made of, keeping who answered.
          const changed = ps.map((p) => {
            const row = p.row.slice();
            def.scales.forEach((scale, s) => {
              if ((rowOf(rows, `c${p.centre}`, null, "scale", scale.key)?.n ?? 0) >= min) return;
              for (const slot of scaleSlots[s] ?? []) {
                const code = row[slot] as number;
                if (code !== 0) row[slot] = (code % (index.optionCount[slot] as number)) + 1;
              }
            });
            const mcN = rowOf(rows, `c${p.centre}`, null, "choice", index.choiceKeys[0] as string)?.n ?? 0;
            if (mcN < min) {
              const choices = row.slice(index.choiceOffset);
              choices.forEach((x, q) => {
                row[index.choiceOffset + ((q + 1) % choices.length)] = x;
              });
            }
            return { ...p, row };
          });
          const before = outputs(network, rows, teamCentre);
          const after = outputs(network, aggregate(network, changed, teamCentre), teamCentre);
          expect(after).toEqual(before);
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never lets a hidden team be worked out from its centre and its shown siblings",
    () => {
      fc.assert(
        fc.property(networkArbitrary, (network) => {
          const { people: ps, teamCentre } = people(network);
          const rows = aggregate(network, ps, teamCentre);
          const { reports, overview } = outputs(network, rows, teamCentre);
          const min = network.minGroupSize;
          for (const centre of overview.centres) {
            type Group = Omit<typeof centre, "teams" | "held">;
            const keys = [
              ...Object.keys(centre.scales).map((key) => ({
                metric: "scale" as const,
                key,
                shown: (g: Group) => g.scales[key] !== null,
              })),
              ...Object.keys(centre.valueMost).map((key) => ({
                metric: "choice" as const,
                key,
                shown: (g: Group) => g.valueMost[key] !== null,
              })),
            ];
            for (const { metric, key, shown } of keys) {
              if (!shown(centre)) continue;
              const n = (team: string | null) => rowOf(rows, centre.id, team, metric, key)?.n ?? 0;
              const exposed = n(null) - centre.teams.filter(shown).reduce((sum, t) => sum + n(t.id), 0);
              expect(exposed === 0 || exposed >= min).toBe(true);
            }
          }
          // A team's own report hides exactly what the overview hides.
          for (const report of reports.filter((r) => r.team !== null)) {
            const team = overview.centres
              .find((c) => c.id === report.centre.id)
              ?.teams.find((t) => t.id === report.team?.id);
            for (const s of report.scales) expect(s.centre).toEqual(team?.scales[s.key]);
          }
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  /**
   * A round's life after its first close: reopen and close with late answers, late imports (the
   * same: answers added, figures recomputed), settings changes. Every output shown along the way
   * is a version; no group's figures in two versions may differ by 1 to min − 1 answers.
   */
  const eventArbitrary = fc.oneof(
    fc.record({
      kind: fc.constant("answers" as const),
      cell: fc.nat(),
      count: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 3, max: 8 })),
    }),
    fc.record({ kind: fc.constant("close" as const) }),
    fc.record({ kind: fc.constant("min" as const), min: fc.integer({ min: 3, max: 7 }) }),
  );

  /**
   * The groups a reader can see or work out in one version, by the cells they are made of (each
   * team of the network, and "-" for a centre's people in no team), with their n: the centre, each
   * shown team, and the centre minus its shown teams.
   */
  function derivable(overview: Overview, teamCentre: number[]): Map<string, number> {
    const out = new Map<string, number>();
    overview.centres.forEach((centre, c) => {
      const teamsOfCentre = teamIds(teamCentre).filter((_, t) => teamCentre[t] === c);
      type Group = typeof centre | (typeof centre.teams)[number];
      // Scales carry their n; "value most" cells come from the same stored rows and versions.
      const keys = Object.keys(centre.scales).map((k) => ({
        k: `scale:${k}`,
        get: (g: Group) => g.scales[k]?.n ?? null,
      }));
      for (const { k, get } of keys) {
        const whole = get(centre);
        if (whole === null) continue;
        out.set(`${centre.id}|${k}|${[...teamsOfCentre, "-"].join(",")}`, whole);
        let rest = whole;
        const hidden = new Set(teamsOfCentre);
        for (const team of centre.teams) {
          const n = get(team);
          if (n === null) continue;
          out.set(`${centre.id}|${k}|${team.id}`, n);
          rest -= n;
          hidden.delete(team.id);
        }
        out.set(`${centre.id}|${k}|${[...hidden, "-"].join(",")}`, rest);
      }
    });
    return out;
  }

  it(
    "keeps every two visible versions of a group's figures at least the minimum group size apart",
    () => {
      fc.assert(
        fc.property(
          networkArbitrary,
          fc.array(eventArbitrary, { minLength: 1, maxLength: 10 }),
          (network, events) => {
            const { people: ps, teamCentre } = people(network);
            const rnd = random(network.seed + 1);
            // Cells: each team, then each centre's people in no team.
            const cells = [
              ...teamCentre.map((centre, team) => ({ centre, team })),
              ...network.centres.map((_, centre) => ({ centre, team: -1 })),
            ];
            let networkMin = network.minGroupSize;
            let roundMin: number | null = null;
            let firstMin: number | null = null;
            let stored: AggregateRow[] | null = null;
            // Each version: what it shows, and the minimum in effect when its figures were computed.
            const versions: { groups: Map<string, number>; computedWith: number }[] = [];
            let computedWith = 0;
            const show = () => {
              if (!stored) return;
              const min = effectiveMinGroupSize(networkMin, roundMin);
              const { overview } = outputs(network, stored, teamCentre, min);
              versions.push({ groups: derivable(overview, teamCentre), computedWith });
            };
            const close = () => {
              const min = effectiveMinGroupSize(networkMin, roundMin);
              computedWith = min;
              stored = nextVersion(stored, aggregate(network, ps, teamCentre), firstMin ?? min, min).rows;
              roundMin = min;
              firstMin ??= min;
              show();
            };
            close();
            for (const e of events) {
              if (e.kind === "answers") {
                const cell = cells[e.cell % cells.length] as { centre: number; team: number };
                for (let i = 0; i < e.count; i++)
                  ps.push(makePerson(rnd, network.skipScale, cell.centre, cell.team));
              } else if (e.kind === "close") close();
              else {
                networkMin = e.min;
                show();
              }
            }
            // Two versions differ by at least the minimum in effect at each computation between
            // them (the minimum may be lowered and raised again in between, never below 3).
            for (let a = 0; a < versions.length; a++) {
              let min = Number.POSITIVE_INFINITY;
              for (let b = a + 1; b < versions.length; b++) {
                const va = versions[a] as (typeof versions)[number];
                const vb = versions[b] as (typeof versions)[number];
                min = Math.min(min, vb.computedWith);
                for (const [group, n] of vb.groups) {
                  const before = va.groups.get(group);
                  if (before === undefined) continue;
                  const delta = Math.abs(n - before);
                  if (delta !== 0 && delta < min)
                    throw new Error(
                      `${group}: versions ${a} and ${b} differ by ${delta} answers (min ${min})`,
                    );
                }
              }
            }
          },
        ),
        { numRuns: 80 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
