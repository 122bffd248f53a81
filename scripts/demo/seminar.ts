/**
 * The demo's first benchmark seminar (Fredericia, 9–10 October 2007) as plain rows per table, with
 * fixed ids, for the seed script to insert (INSERT OR IGNORE) after the network, centres and rounds.
 * From the seed slides (reference/amica-2007.json "seminar"): its purpose, what the other centres
 * asked the focal centre for, and what the focal centre took home. The slides name no other
 * centre's contributions, so none are invented; practice texts are short and our own.
 * JSON columns are given as JSON text, as they are stored.
 */
import { DEMO_NETWORK_ID, demoRounds } from "./network.ts";

const FOCAL = "demo-c01";
export const DEMO_SEMINAR_ID = "demo-seminar-2007";

type Row = Record<string, string | number | null>;
const json = (v: unknown) => JSON.stringify(v);
/** Fixed, increasing timestamps keep the order of contributions stable. */
const at = (i: number) => `2007-10-10T15:${String(i).padStart(2, "0")}:00.000Z`;

export const demoSeminars: Row[] = [
  {
    id: DEMO_SEMINAR_ID,
    network_id: DEMO_NETWORK_ID,
    title: "1. benchmarkseminar",
    starts_on: "2007-10-09",
    ends_on: "2007-10-10",
    place: "Fredericia",
    purpose: "Udveksle erfaringer og idéer.\nEtablere netværket.",
    agenda: null,
    created_at: "2007-09-01T08:00:00.000Z",
  },
];

const contribution = (
  i: number,
  kind: "presented" | "requested" | "took-home",
  text: string,
  themeKey: string | null,
  scaleKeys: string[],
): Row => ({
  id: `demo-seminar-2007-c${i}`,
  seminar_id: DEMO_SEMINAR_ID,
  centre_id: FOCAL,
  kind,
  text,
  theme_key: themeKey,
  scale_keys: json(scaleKeys),
  created_at: at(i),
});

export const demoSeminarContributions: Row[] = [
  contribution(
    1,
    "requested",
    "Ledelsesgrundlag: et kodeks for god ledelse, der udtrykker vores ledelsesværdier",
    null,
    ["quality-of-leadership", "trust-management"],
  ),
  contribution(
    2,
    "requested",
    "Kodeks for god borgerservice: hvordan vi agerer i hverdagen",
    "customer-service",
    ["meaning-of-work", "role-clarity"],
  ),
  contribution(3, "requested", "Rekruttering og fastholdelse", "instruction-training", ["role-clarity"]),
  contribution(4, "took-home", "Sundhedssamtaler", null, ["general-health", "stress"]),
  contribution(5, "took-home", "Målinger som et positivt arbejdsredskab", "measurements-performance", [
    "trust-management",
    "stress",
  ]),
];

const practice = (
  i: number,
  fields: {
    centreId: string | null;
    seminar: boolean;
    title: string;
    body: string;
    themeKey: string | null;
    scaleKeys: string[];
    share: boolean;
  },
): Row => ({
  id: `demo-practice-${i}`,
  network_id: DEMO_NETWORK_ID,
  centre_id: fields.centreId,
  seminar_id: fields.seminar ? DEMO_SEMINAR_ID : null,
  title: fields.title,
  body: fields.body,
  theme_key: fields.themeKey,
  scale_keys: json(fields.scaleKeys),
  share_centre_name: fields.share ? 1 : 0,
  created_at: `2007-10-1${i % 10}T09:00:00.000Z`,
});

export const demoPractices: Row[] = [
  practice(1, {
    centreId: FOCAL,
    seminar: true,
    title: "Kodeks for god ledelse",
    body: "Ledelsen har skrevet sine ledelsesværdier ned i et kort kodeks, så medarbejderne ved, hvad de kan forvente og holde ledelsen op på.\n- Skriv ledelsesværdierne ned på én side\n- Drøft kodekset med medarbejderne\n- Tag det op igen, når en ny måling foreligger",
    themeKey: null,
    scaleKeys: ["quality-of-leadership", "trust-management"],
    share: true,
  }),
  practice(2, {
    centreId: FOCAL,
    seminar: true,
    title: "Kodeks for god borgerservice",
    body: "Et fælles kodeks for, hvordan vi agerer over for borgerne i hverdagen – i telefonen og ved skranken.\n- Formulér sammen, hvad god borgerservice er hos os\n- Brug kodekset i oplæringen af nye medarbejdere",
    themeKey: "customer-service",
    scaleKeys: ["meaning-of-work", "role-clarity"],
    share: true,
  }),
  practice(3, {
    centreId: FOCAL,
    seminar: false,
    title: "Stresspolitik",
    body: "En stresspolitik, der beskriver årsager til stress – frygt, konflikter, tidspres og støj – og forebyggelse med fokus på arbejdsglæde.\n- Kortlæg årsagerne til stress hos jer\n- Aftal, hvordan I forebygger, og hvem man går til\n- Sæt fokus på det, der giver arbejdsglæde",
    themeKey: "time-pressure",
    scaleKeys: ["stress", "work-pace"],
    share: false,
  }),
  practice(4, {
    centreId: null,
    seminar: true,
    title: "Sundhedssamtaler",
    body: "Samtaler mellem medarbejder og leder om helbred og trivsel i arbejdet. Idéen blev delt på det første benchmarkseminar.",
    themeKey: null,
    scaleKeys: ["general-health", "stress"],
    share: false,
  }),
  practice(5, {
    centreId: null,
    seminar: true,
    title: "Målinger som et positivt arbejdsredskab",
    body: "Brug målingerne til at planlægge og til at anerkende, hvad teamet når, frem for til at kontrollere den enkelte. Idéen blev delt på det første benchmarkseminar.",
    themeKey: "measurements-performance",
    scaleKeys: ["trust-management", "stress", "job-satisfaction"],
    share: false,
  }),
  practice(6, {
    centreId: FOCAL,
    seminar: false,
    title: "Hvorfor måler vi? En brainstorm med medarbejderne",
    body: "Medarbejderne følte sig overvåget af målingerne. En brainstorm om, hvad tallene bruges til, gjorde formålet synligt:\n- Synliggøre arbejdstempo og produktion\n- Se ressourcer i forhold til opgaver\n- Planlægge fx vagtplaner\n- Give ledelsen mulighed for at ændre kurs\n- Dokumentere til budget og sammenligne med andre kommuner",
    themeKey: "measurements-performance",
    scaleKeys: ["trust-management", "justice-respect"],
    share: false,
  }),
];

const round = (i: number) => demoRounds[i].id;

/**
 * The focal centre's results meetings after rounds 1 and 2, with the attention points the slides
 * give. The slides give no dates or attendance: the dates are illustrative, attendance unknown.
 * Round 3's meeting is left for the demo's walk through the cycle.
 */
export const demoResultsMeetings: Row[] = [
  {
    id: "demo-results-meeting-2007",
    round_id: round(0),
    centre_id: FOCAL,
    held_on: "2007-08-28",
    attendees: null,
    attention_points: json(["stress", "sleeping-troubles", "work-pace"]),
    decisions:
      "Vi arbejder med stress, arbejdstempo og målinger: en stresspolitik, kursus i vold og trusler, leveregler for teamet og en brainstorm om, hvorfor vi måler. Arbejdsglædeseancer i efteråret.",
    created_at: "2007-08-28T14:00:00.000Z",
  },
  {
    id: "demo-results-meeting-2008",
    round_id: round(1),
    centre_id: FOCAL,
    held_on: "2008-11-04",
    attendees: null,
    attention_points: json(["development-leadership", "support-supervisor"]),
    decisions:
      "Fokus på udviklingsledelse og samarbejde og på støtte og feedback fra nærmeste leder. Fortsat fokus på målinger.",
    created_at: "2008-11-04T14:00:00.000Z",
  },
];

/** Tables in the order their foreign keys need; rounds must be in before the results meetings. */
export const demoSeminarTables: [table: string, rows: Row[]][] = [
  ["seminars", demoSeminars],
  ["seminar_contributions", demoSeminarContributions],
  ["practices", demoPractices],
  ["results_meetings", demoResultsMeetings],
];
