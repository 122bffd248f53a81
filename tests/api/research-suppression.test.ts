/**
 * Property: whatever the sizes of centres and teams, no exported row is computed from fewer
 * respondents than the network's minimum group size, and no hidden group can be worked out by
 * subtracting what is shown from its centre. Random small networks are written into D1, the
 * round is closed and published through the API, and the exports are read with a token.
 */
import { env } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { scoreMatrix } from "../../shared/scoring/score-matrix.ts";
import { clients, type Fixture, fixture } from "./helpers.ts";
import {
  closedRound,
  csvObjects,
  download,
  lcg,
  newToken,
  type ResponseSpec,
  randomPacked,
} from "./research-helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let token: string;
let run = 0;
const def = builtinInstrument;
const S = def.scales.length;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  token = (await newToken(c.coordinator, f.networkId)).token;
});

const networkArb = fc.record({
  minGroupSize: fc.integer({ min: 3, max: 6 }),
  blank: fc.constantFrom(0, 0.2, 0.45),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  centres: fc.array(
    fc.record({
      teams: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
      withoutTeam: fc.integer({ min: 0, max: 6 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});
type RandomNetwork = typeof networkArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes centres, teams and answers for one random network as a new round; returns what it wrote. */
async function build(net: RandomNetwork) {
  const k = ++run;
  const rand = lcg(net.seed);
  await env.DB.prepare("UPDATE networks SET min_group_size = ? WHERE id = ?")
    .bind(net.minGroupSize, f.networkId)
    .run();
  const centres: { id: string; pseudonym: string; teams: { id: string; pseudonym: string }[] }[] = [];
  const rows: ResponseSpec[] = [];
  const stmts: D1PreparedStatement[] = [];
  net.centres.forEach((spec, i) => {
    const id = `p${k}-c${i}`;
    const pseudonym = `P${k}X${i}`;
    const teams = spec.teams.map((_, t) => ({ id: `${id}-t${t}`, pseudonym: `T0${t + 1}` }));
    centres.push({ id, pseudonym, teams });
    stmts.push(
      env.DB.prepare("INSERT INTO centres (id, network_id, name, pseudonym) VALUES (?, ?, ?, ?)").bind(
        id,
        f.networkId,
        `Random ${k}/${i}`,
        pseudonym,
      ),
    );
    spec.teams.forEach((size, t) => {
      const team = teams[t] as { id: string; pseudonym: string };
      stmts.push(
        env.DB.prepare("INSERT INTO teams (id, centre_id, name, pseudonym) VALUES (?, ?, ?, ?)").bind(
          team.id,
          id,
          `Team ${t}`,
          team.pseudonym,
        ),
      );
      for (let p = 0; p < size; p++)
        rows.push({ centreId: id, teamId: team.id, packed: randomPacked(rand, net.blank) });
    });
    for (let p = 0; p < spec.withoutTeam; p++)
      rows.push({ centreId: id, teamId: null, packed: randomPacked(rand, net.blank) });
  });
  await env.DB.batch(stmts);
  const { roundId } = await closedRound(c.coordinator, f.networkId, {
    label: `Random ${k}`,
    opensOn: `2040-01-${String((k % 28) + 1).padStart(2, "0")}`,
    centreIds: centres.map((x) => x.id),
    rows,
  });
  return { roundId, centres, rows };
}

const get = async (path: string) => {
  const r = await download(path, { token });
  expect(r.status, r.text).toBe(200);
  return { rows: csvObjects(r.text), suppressed: Number(r.headers.get("x-suppressed-rows")) };
};

describe("suppression holds for any network (property)", () => {
  it("no exported row under the minimum, no hidden group derivable, suppressed counts add up", async () => {
    await fc.assert(
      fc.asyncProperty(networkArb, async (net) => {
        const { roundId, centres, rows } = await build(net);
        const m = net.minGroupSize;
        const base = `/api/v1/networks/${f.networkId}/export`;

        // Per centre × scale, the true n, from the shared scoring of what was written.
        const trueN = new Map<string, number>();
        const respondents = new Map<string, number>();
        for (const r of rows) {
          const scores = scoreMatrix(def, [r.packed]);
          scores.scaleKeys.forEach((key, s) => {
            if (Number.isNaN(scores.values[s] as number)) return;
            const k = `${r.centreId}/${key}`;
            trueN.set(k, (trueN.get(k) ?? 0) + 1);
          });
          respondents.set(r.centreId, (respondents.get(r.centreId) ?? 0) + 1);
        }

        const scales = await get(`${base}/scales?format=csv&rounds=${roundId}`);
        for (const row of scales.rows) expect(Number(row.n)).toBeGreaterThanOrEqual(m);
        for (const centre of centres) {
          for (const scale of def.scales) {
            const mine = scales.rows.filter((x) => x.centre === centre.pseudonym && x.scale === scale.key);
            const whole = mine.find((x) => x.team === "");
            const teams = mine.filter((x) => x.team !== "");
            const n = trueN.get(`${centre.id}/${scale.key}`) ?? 0;
            // The centre is shown exactly when it reaches the minimum, with its true n.
            expect(whole ? Number(whole.n) : 0).toBe(n >= m ? n : 0);
            if (!whole) {
              expect(teams).toHaveLength(0);
              continue;
            }
            // What is not shown, taken together, is 0 or at least the minimum: nothing to subtract.
            const rest = n - teams.reduce((sum, x) => sum + Number(x.n), 0);
            expect(rest === 0 || rest >= m, `rest ${rest} of ${centre.pseudonym}/${scale.key}`).toBe(true);
          }
        }
        // Every stored centre and team scale row is either exported or counted as suppressed.
        const groups = centres.reduce((sum, centre, i) => {
          const spec = net.centres[i] as RandomNetwork["centres"][number];
          const hasAny = (respondents.get(centre.id) ?? 0) > 0;
          return sum + (hasAny ? 1 : 0) + spec.teams.filter((size) => size > 0).length;
        }, 0);
        expect(scales.rows.length + scales.suppressed).toBe(groups * S);

        // Respondent level: only centres at the minimum; named teams and the unnamed rest likewise.
        const responses = await get(`${base}/responses?format=csv&rounds=${roundId}`);
        let left = 0;
        for (const centre of centres) {
          const mine = responses.rows.filter((x) => x.centre === centre.pseudonym);
          const total = respondents.get(centre.id) ?? 0;
          expect(mine.length).toBe(total >= m ? total : 0);
          if (total < m) left += total;
          const byTeam = new Map<string, number>();
          for (const x of mine) byTeam.set(x.team, (byTeam.get(x.team) ?? 0) + 1);
          for (const [team, count] of byTeam) {
            expect(count === 0 || count >= m, `${centre.pseudonym}/${team || "(none)"}: ${count}`).toBe(true);
          }
        }
        expect(responses.suppressed).toBe(left);
        // Respondents without a team are never given one.
        for (const centre of centres) {
          const named = responses.rows.filter((x) => x.centre === centre.pseudonym && x.team !== "").length;
          const inTeams = rows.filter((r) => r.centreId === centre.id && r.teamId !== null).length;
          expect(named).toBeLessThanOrEqual(inTeams);
        }

        const valueMost = await get(`${base}/value-most?format=csv&rounds=${roundId}`);
        for (const row of valueMost.rows) expect(Number(row.n)).toBeGreaterThanOrEqual(m);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
