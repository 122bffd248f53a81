/**
 * How each demo centre's respondents spread over its teams, round by round. Teams are named as in
 * network.ts; a `fixed` team has exactly that many respondents per round (the small ones, so that
 * anonymity suppression shows: under 5 is hidden), the rest share the remainder by weight.
 * `noTeam` respondents did not say which team they are in.
 */
export interface TeamPlan {
  weights: Readonly<Record<string, number>>;
  fixed: Readonly<Record<string, readonly [number, number, number]>>;
  noTeam: readonly [number, number, number];
}

export const teamPlans: Readonly<Record<string, TeamPlan>> = {
  "demo-c01": {
    weights: { Telefonerne: 0.32, Skranken: 0.26, "Pas og kørekort": 0.22, Ydelser: 0.2 },
    // A new team: too small to show in 2007, big enough from 2008.
    fixed: { "Digital hjælp": [3, 6, 9] },
    noTeam: [0, 0, 1],
  },
  "demo-c02": {
    weights: { Skade: 0.28, Privat: 0.3, Erhverv: 0.18, "Aften og weekend": 0.14 },
    fixed: { Introhold: [7, 4, 6] },
    noTeam: [1, 1, 0],
  },
  "demo-c03": {
    weights: { Dagligbank: 0.35, Bolig: 0.22, "Kort og netbank": 0.25, Erhverv: 0.18 },
    fixed: { Vagtholdet: [5, 6, 4] },
    noTeam: [0, 1, 1],
  },
  "demo-c04": {
    weights: { Mobil: 0.26, Bredbånd: 0.24, Fakturering: 0.2, "Teknisk 2. linje": 0.16, Salg: 0.14 },
    fixed: { Nattevagt: [6, 4, 0] },
    noTeam: [2, 1, 0],
  },
  "demo-c05": {
    weights: { Booking: 0.4, Ændringer: 0.3, Grupperejser: 0.3 },
    fixed: { Kundeklager: [4, 4, 0] },
    noTeam: [0, 0, 0],
  },
  "demo-c06": {
    weights: { Rådgivning: 0.4, Udbetaling: 0.3, Indbetaling: 0.3 },
    fixed: { Skrivebordet: [4, 5, 4] },
    noTeam: [0, 0, 0],
  },
  "demo-c07": {
    weights: { El: 0.3, "Vand og varme": 0.25, Flytninger: 0.25, Inkasso: 0.2 },
    fixed: { Driftsstatus: [5, 4, 6] },
    noTeam: [1, 0, 1],
  },
  "demo-c08": {
    weights: { Visitation: 0.22, Sygeplejersker: 0.28, Booking: 0.18, Opfølgning: 0.16, Rådgivning: 0.16 },
    fixed: { "Vagtlæge-kø": [7, 6, 5] },
    noTeam: [0, 1, 0],
  },
};
