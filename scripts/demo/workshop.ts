/**
 * The focal centre's finished job-satisfaction series, as in the seed slides: statements on what
 * gives and takes job satisfaction, condensed into seven; four workshops in which pairs ranked the
 * seven; the pooled top three; team action plans that the 2008 round follows up. Ballots are drawn
 * from fixed "true" priorities with a seeded PRNG, and the top three comes out of the same ranking
 * code the API uses, so the plans follow whatever the ballots say.
 */
import {
  hashSeed,
  mulberry32,
  rankBallots,
  simulateRankBallot,
  storedBallot,
} from "../../shared/ranking/index.ts";

type Row = Record<string, string | number | boolean | null>;

const CENTRE = "demo-c01";
const WORKSHOP = "demo-workshop-2007";
const ROUND = "demo-round-2007";

/** The seven condensed statements (seed wording), what they merged, their priority and scale. */
const shortList = [
  {
    text: "Mulighed for at påvirke egen arbejdsdag",
    scale: "influence",
    theme: "variation-influence",
    strength: 14,
    originals: [
      ["gives", "At jeg selv kan planlægge, hvornår jeg tager telefonen og laver sagsbehandling"],
      ["takes", "Når vagtplanen bliver lavet om uden at vi bliver spurgt"],
      ["gives", "At vi må bytte vagter indbyrdes"],
    ],
  },
  {
    text: "Gode kolleger og godt socialt samvær",
    scale: "social-community",
    theme: "instruction-training",
    strength: 8,
    originals: [
      ["gives", "Kollegerne – vi griner meget sammen"],
      ["gives", "Fredagsmorgenmad og fælles frokost"],
      ["takes", "At vi sjældent ser kollegerne fra de andre teams"],
    ],
  },
  {
    text: "Opbakning fra ledelsen / synlig ledelse",
    scale: "support-supervisor",
    theme: "difficult-calls",
    strength: 9,
    originals: [
      ["takes", "At lederen ikke er på gulvet, når der er travlt"],
      ["gives", "Når lederen bakker op efter en svær samtale med en borger"],
    ],
  },
  {
    text: "Udfordringer via forskellige arbejdsopgaver og projekter",
    scale: "development-possibilities",
    theme: "development-opportunities",
    strength: 5,
    originals: [
      ["gives", "At få lov at være med i projekter, fx den nye selvbetjening"],
      ["takes", "Dage med kun telefon og de samme spørgsmål"],
    ],
  },
  {
    text: "Arbejdsmiljø – personalepleje/arbejdsindhold/trivsel",
    scale: "stress",
    theme: "time-pressure",
    strength: 4,
    originals: [
      ["takes", "Køen på skærmen, der aldrig bliver mindre"],
      ["takes", "At blive målt på antal opkald i timen"],
    ],
  },
  {
    text: "Arbejdsområde i butikken",
    scale: "role-clarity",
    theme: "physical-setting",
    strength: 2,
    originals: [["takes", "Larm og uro ved skranken i butikken"]],
  },
  {
    text: "God løn",
    scale: "rewards",
    theme: null,
    strength: 1.5,
    originals: [["gives", "Lønnen er i orden"]],
  },
] as const;

const PAIRS_PER_WORKSHOP = [9, 11, 8, 10];
const TEAMS = ["demo-c01-team-1", "demo-c01-team-2", "demo-c01-team-4"];

function build(): [table: string, rows: Row[]][] {
  const workshops: Row[] = [
    {
      id: WORKSHOP,
      centre_id: CENTRE,
      round_id: ROUND,
      title: "Trivselsforløb 2007–2008",
      stage: "follow-up",
      join_code: null,
      created_at: "2007-11-05T09:00:00.000Z",
    },
  ];
  const statements: Row[] = [];
  const ids = shortList.map((_, i) => `${WORKSHOP}-s${i + 1}`);
  shortList.forEach((s, i) => {
    statements.push({
      id: ids[i] as string,
      workshop_id: WORKSHOP,
      text: s.text,
      kind: null,
      source: "facilitator",
      short_list: true,
      merged_into: null,
      position: i,
      created_at: "2007-11-12T10:00:00.000Z",
    });
    s.originals.forEach(([kind, text], j) => {
      statements.push({
        id: `${WORKSHOP}-o${i + 1}-${j + 1}`,
        workshop_id: WORKSHOP,
        text,
        kind,
        source: "participant",
        short_list: false,
        merged_into: ids[i] as string,
        position: j,
        created_at: "2007-11-05T10:00:00.000Z",
      });
    });
  });

  const strengths = Object.fromEntries(shortList.map((s, i) => [ids[i] as string, s.strength]));
  const rng = mulberry32(hashSeed("amica-demo-workshops"));
  const sessions: Row[] = [];
  const ballots: Row[] = [];
  const pooled = PAIRS_PER_WORKSHOP.map((pairs, w) => {
    const id = `${WORKSHOP}-v${w + 1}`;
    const day = `2007-11-${String(19 + w * 2).padStart(2, "0")}`;
    sessions.push({
      id,
      workshop_id: WORKSHOP,
      mode: "rank",
      top_n: null,
      code: `DEMOV${w + 1}`,
      status: "closed",
      label: `Workshop ${w + 1}`,
      statement_ids: JSON.stringify(ids),
      closed_at: `${day}T15:00:00.000Z`,
      created_at: `${day}T13:00:00.000Z`,
    });
    const drawn = Array.from({ length: pairs }, () => simulateRankBallot(rng, strengths));
    drawn.forEach((b, k) => {
      ballots.push({
        id: `${id}-b${k + 1}`,
        voting_session_id: id,
        idempotency_key: `demo-${id}-${k + 1}`,
        payload: storedBallot(b),
        created_at: `${day}T14:${String(10 + k).padStart(2, "0")}:00.000Z`,
      });
    });
    return { mode: "rank" as const, statementIds: ids, ballots: drawn };
  });

  const ranking = rankBallots(pooled, { seed: "amica-demo" });
  const top = ranking.statements.slice(0, 3).map((s) => ids.indexOf(s.id));
  const plans: Row[] = [];
  const items: Row[] = [];
  top.forEach((index, place) => {
    const s = shortList[index];
    if (!s) return;
    const planId = `${WORKSHOP}-plan${place + 1}`;
    plans.push({
      id: planId,
      centre_id: CENTRE,
      team_id: TEAMS[place] ?? null,
      workshop_id: WORKSHOP,
      statement_id: ids[index] as string,
      title: s.text,
      goal: planGoals[s.scale] ?? `Flere oplever fremgang på "${s.text}"`,
      scale_key: s.scale,
      theme_key: s.theme,
      status: "done",
      priority: place + 1,
      notes: "Fulgt op på teammøderne hver måned.",
      baseline_round_id: ROUND,
      created_at: "2007-12-03T09:00:00.000Z",
      updated_at: "2008-06-30T12:00:00.000Z",
    });
    (planActions[s.scale] ?? ["Aftal næste skridt på teammødet"]).forEach((text, k) => {
      items.push({
        id: `${planId}-a${k + 1}`,
        plan_id: planId,
        text,
        owner: k === 0 ? "Teamleder" : "Teamet",
        due_on: `2008-0${3 + k}-01`,
        status: "done",
        position: k,
      });
    });
  });
  return [
    ["workshops", workshops],
    ["statements", statements],
    ["voting_sessions", sessions],
    ["ballots", ballots],
    ["action_plans", plans],
    ["action_items", items],
  ];
}

const planGoals: Record<string, string> = {
  influence: "Medarbejderne planlægger selv en større del af deres arbejdsdag",
  "social-community": "Mere samvær på tværs af teams",
  "support-supervisor": "Lederen er synlig og bakker op, især i travle perioder",
  "development-possibilities": "Alle kan være med i mindst ét udviklingsprojekt om året",
  stress: "Færre perioder med pres uden pauser",
};

const planActions: Record<string, string[]> = {
  influence: [
    "Selvplanlagte sagsbehandlingsblokke to gange om ugen",
    "Vagtbytte på fælles tavle uden godkendelse",
  ],
  "social-community": ["Fælles morgenmad for alle teams hver anden fredag", "Ryst-sammen-dag i foråret"],
  "support-supervisor": [
    "Lederen er på gulvet i spidsbelastningen 10–12",
    "Kort opfølgning efter svære samtaler",
  ],
  "development-possibilities": ["Rotation mellem telefon og projektopgaver", "Projektliste på intranettet"],
  stress: ["Pausevagt i køen på travle dage", "Måltal drøftes som teamets værktøj, ikke den enkeltes"],
};

export const demoWorkshopTables = build();
