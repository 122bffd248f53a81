/**
 * Who answers in each round: persons with lasting traits (so that a panel code links answers that
 * belong together), their teams, whether they leave the multiple-choice question blank or stop
 * early, and when they submit. About a third of persons keep a pseudonymous panel code, the same
 * in every round they take part in; about 60% of a round's respondents answer again next round.
 */
import type { DemoCentre } from "../network.ts";
import { random } from "./prng.ts";
import { teamPlans } from "./team-plans.ts";

export interface Person {
  panelCode: string | null;
  /** General well-being (resources up, strain down). */
  wellbeing: number;
  /** Strain proneness (demands and strain up). */
  strain: number;
  /** Person-specific deviation per scale, standard normal, drifting between rounds. */
  own: Float64Array;
  /** Share of items this person leaves blank by chance. */
  sloppiness: number;
  team: number;
}

export interface Respondent {
  person: Person;
  centreId: string;
  /** Index into the centre's teams, −1 for none given. */
  team: number;
  answersChoice: boolean;
  /** Item slots from here on are left blank (the person stopped early); itemCount if not. */
  stopsAt: number;
  submittedAt: string;
}

const RETURN_RATE = 0.6;
const PANEL_SHARE = 1 / 3;
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export class Cohort {
  private readonly previous = new Map<string, Person[]>();
  private readonly codes = new Set<string>();

  constructor(private readonly scaleCount: number) {}

  private panelCode(seed: string): string {
    const rnd = random(seed);
    for (;;) {
      let code = "";
      for (let i = 0; i < 6; i++) code += CODE_ALPHABET[rnd.int(CODE_ALPHABET.length)];
      if (!this.codes.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }

  private newPerson(seed: string): Person {
    const rnd = random(seed);
    const own = new Float64Array(this.scaleCount);
    for (let s = 0; s < own.length; s++) own[s] = rnd.normal();
    const kind = rnd.next();
    return {
      panelCode: rnd.chance(PANEL_SHARE) ? this.panelCode(`${seed}:code`) : null,
      wellbeing: rnd.normal(),
      strain: rnd.normal(),
      own,
      sloppiness: kind < 0.75 ? 0.01 : kind < 0.95 ? 0.05 : 0.15,
      team: -1,
    };
  }

  private static carryOver(p: Person, seed: string): Person {
    const rnd = random(seed);
    const own = p.own.map((v) => 0.7 * v + 0.71 * rnd.normal());
    return {
      ...p,
      own,
      wellbeing: 0.85 * p.wellbeing + 0.53 * rnd.normal(),
      strain: 0.85 * p.strain + 0.53 * rnd.normal(),
    };
  }

  /**
   * The respondents of one centre in round `wave` (0-based). `choiceBlanks` of them leave the
   * multiple-choice question blank; a few of those also stop before the end of the questionnaire.
   */
  respondents(
    centre: DemoCentre,
    wave: number,
    itemCount: number,
    choiceBlanks: number,
    window: { opensOn: string; closesOn: string },
  ): Respondent[] {
    const n = centre.respondents[wave] ?? 0;
    const seed = `${wave}:${centre.seed}`;
    const rnd = random(`${seed}:cohort`);
    const before = this.previous.get(centre.id) ?? [];
    const back = rnd.shuffled(before).slice(0, Math.min(n, Math.round(before.length * RETURN_RATE)));
    const persons = back.map((p, i) => Cohort.carryOver(p, `${seed}:again:${i}`));
    for (let i = persons.length; i < n; i++) persons.push(this.newPerson(`${seed}:person:${i}`));
    this.previous.set(centre.id, persons);

    const teams = assignTeams(centre, wave, persons, rnd);
    const blanks = new Set(rnd.shuffled(persons.map((_, i) => i)).slice(0, choiceBlanks));
    return persons.map((person, i) => {
      // One in four who skip the last question gave up earlier, somewhere in the last third.
      const stopped = blanks.has(i) && rnd.chance(0.25);
      return {
        person,
        centreId: centre.id,
        team: teams[i] as number,
        answersChoice: !blanks.has(i),
        stopsAt: stopped ? Math.floor(itemCount * (0.67 + 0.3 * rnd.next())) : itemCount,
        submittedAt: submissionTime(window, rnd.next(), rnd.next(), rnd.next()),
      };
    });
  }
}

/** Team sizes from the plan: fixed teams as given, the rest by weight (largest remainder). */
export function teamSizes(centre: DemoCentre, wave: number): number[] {
  const plan = teamPlans[centre.id];
  if (!plan) throw new Error(`demo generator: no team plan for ${centre.id}`);
  const n = centre.respondents[wave] ?? 0;
  const sizes = centre.teams.map(() => 0);
  const indexOf = (name: string) => {
    const i = centre.teams.indexOf(name);
    if (i < 0) throw new Error(`demo generator: ${centre.id} has no team "${name}"`);
    return i;
  };
  let left = n - (plan.noTeam[wave] ?? 0);
  for (const [name, counts] of Object.entries(plan.fixed)) {
    sizes[indexOf(name)] = counts[wave] ?? 0;
    left -= counts[wave] ?? 0;
  }
  const weighted = Object.entries(plan.weights).map(([name, w]) => ({ i: indexOf(name), w }));
  const totalWeight = weighted.reduce((a, b) => a + b.w, 0);
  const exact = weighted.map(({ i, w }) => ({ i, v: (left * w) / totalWeight }));
  for (const { i, v } of exact) sizes[i] = Math.floor(v);
  let rest = left - exact.reduce((a, b) => a + Math.floor(b.v), 0);
  for (const { i } of [...exact].sort((a, b) => (b.v % 1) - (a.v % 1) || a.i - b.i)) {
    if (rest-- <= 0) break;
    sizes[i] = (sizes[i] as number) + 1;
  }
  return sizes;
}

function assignTeams(
  centre: DemoCentre,
  wave: number,
  persons: Person[],
  rnd: ReturnType<typeof random>,
): number[] {
  const free = teamSizes(centre, wave);
  const teams = persons.map(() => -2);
  // Returning respondents mostly stay in their team, while it has room.
  for (const i of rnd.shuffled(persons.map((_, k) => k))) {
    const t = (persons[i] as Person).team;
    if (t >= 0 && (free[t] as number) > 0 && rnd.chance(0.9)) {
      teams[i] = t;
      free[t] = (free[t] as number) - 1;
    }
  }
  const slots: number[] = [];
  free.forEach((count, t) => {
    for (let k = 0; k < count; k++) slots.push(t);
  });
  const open = rnd.shuffled(slots);
  teams.forEach((t, i) => {
    if (t === -2) teams[i] = open.pop() ?? -1; // no slot left: the respondent gave no team
  });
  teams.forEach((t, i) => {
    (persons[i] as Person).team = t;
  });
  return teams;
}

/** Most answers come in the first days after the invitation; office hours, weekdays, Danish summer time. */
function submissionTime(
  window: { opensOn: string; closesOn: string },
  a: number,
  b: number,
  c: number,
): string {
  const start = Date.parse(`${window.opensOn}T00:00:00Z`);
  const days = Math.round((Date.parse(`${window.closesOn}T00:00:00Z`) - start) / 86_400_000);
  let day = Math.min(days, Math.floor(-Math.log(1 - a) * days * 0.3));
  const weekday = new Date(start + day * 86_400_000).getUTCDay();
  if (weekday === 6) day = Math.max(0, day - 1);
  if (weekday === 0) day = Math.min(days, day + 1);
  const minutes = 5 * 60 + 30 + Math.floor(b * 8 * 60); // 07:30–15:30 local is 05:30–13:30 UTC
  const seconds = Math.floor(c * 60);
  return new Date(start + day * 86_400_000 + minutes * 60_000 + seconds * 1000).toISOString();
}
