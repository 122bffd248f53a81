/**
 * The demo network's cast: eight contact centres as in the AMICA project. "Borgerservice" is the
 * focal centre whose 2007 figures are real (shared/reference); the other seven are fictional, so
 * that synthetic scores are never attributed to real companies.
 */
export interface DemoCentre {
  /** Says nothing about the name (ids reach researchers; names must not). */
  id: string;
  /**
   * Names the centre's random streams in the generator. Frozen at the ids the demo had before ids
   * lost their names, so the demo's answers (and every figure a test pins) stay the same; it is
   * never stored or sent anywhere.
   */
  seed: string;
  name: string;
  pseudonym: string;
  teams: string[];
  /** Respondents per round, by wave (0 = did not take part). */
  respondents: [number, number, number];
  leftOn?: string;
}

export const DEMO_NETWORK_ID = "demo-network";

export const demoCentres: DemoCentre[] = [
  {
    id: "demo-c01",
    name: "Borgerservice",
    pseudonym: "C01",
    seed: "demo-borgerservice",
    teams: ["Telefonerne", "Skranken", "Pas og kørekort", "Ydelser", "Digital hjælp"],
    respondents: [52, 54, 55],
  },
  {
    id: "demo-c02",
    name: "Nordlys Forsikring Kundeservice",
    pseudonym: "C02",
    seed: "demo-nordlys",
    teams: ["Skade", "Privat", "Erhverv", "Aften og weekend", "Introhold"],
    respondents: [95, 90, 92],
  },
  {
    id: "demo-c03",
    name: "Fjordbank Kundecenter",
    pseudonym: "C03",
    seed: "demo-fjordbank",
    teams: ["Dagligbank", "Bolig", "Kort og netbank", "Erhverv", "Vagtholdet"],
    respondents: [70, 68, 72],
  },
  {
    id: "demo-c04",
    name: "Vestkyst Telecom Support",
    pseudonym: "C04",
    seed: "demo-vestkyst",
    teams: ["Mobil", "Bredbånd", "Fakturering", "Teknisk 2. linje", "Salg", "Nattevagt"],
    respondents: [120, 110, 0],
    leftOn: "2009-01-31",
  },
  {
    id: "demo-c05",
    name: "Trekanten Rejsecenter",
    pseudonym: "C05",
    seed: "demo-trekanten",
    teams: ["Booking", "Ændringer", "Grupperejser", "Kundeklager"],
    respondents: [40, 38, 0],
    leftOn: "2009-03-31",
  },
  {
    id: "demo-c06",
    name: "Bøgely Pensionsservice",
    pseudonym: "C06",
    seed: "demo-boegely",
    teams: ["Rådgivning", "Udbetaling", "Indbetaling", "Skrivebordet"],
    respondents: [35, 37, 36],
  },
  {
    id: "demo-c07",
    name: "Kattegat Forsyning Kundeservice",
    pseudonym: "C07",
    seed: "demo-kattegat",
    teams: ["El", "Vand og varme", "Flytninger", "Inkasso", "Driftsstatus"],
    respondents: [60, 62, 58],
  },
  {
    id: "demo-c08",
    name: "Lindholm Sundhedslinjen",
    pseudonym: "C08",
    seed: "demo-lindholm",
    teams: ["Visitation", "Sygeplejersker", "Booking", "Opfølgning", "Vagtlæge-kø", "Rådgivning"],
    respondents: [85, 88, 90],
  },
];

export interface DemoRound {
  id: string;
  label: string;
  opensOn: string;
  closesOn: string;
}

export const demoRounds: DemoRound[] = [
  { id: "demo-round-2007", label: "1. måling, juni 2007", opensOn: "2007-06-04", closesOn: "2007-06-29" },
  {
    id: "demo-round-2008",
    label: "2. måling, september 2008",
    opensOn: "2008-09-01",
    closesOn: "2008-09-26",
  },
  {
    id: "demo-round-2009",
    label: "3. måling, september 2009",
    opensOn: "2009-09-07",
    closesOn: "2009-09-30",
  },
];

export const DEMO_PASSWORD = "amica-demo";

export const demoUsers = [
  {
    id: "demo-user-coordinator",
    email: "coordinator@example.org",
    name: "Karin Koordinator",
    role: "coordinator",
    centreId: null,
  },
  {
    id: "demo-user-facilitator",
    email: "facilitator@example.org",
    name: "Frederik Facilitator",
    role: "facilitator",
    centreId: "demo-c01",
  },
  {
    id: "demo-user-researcher",
    email: "researcher@example.org",
    name: "Rikke Forsker",
    role: "researcher",
    centreId: null,
  },
  {
    id: "demo-user-facilitator-c02",
    email: "facilitator.nordlys@example.org",
    name: "Nina Nordlys",
    role: "facilitator",
    centreId: "demo-c02",
  },
] as const;
