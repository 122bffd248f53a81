import type { ResponseSet } from "../schema.ts";

// Options are listed in the order a respondent reads them; scores point in the direction of the
// scale's name, so "always" on a resource item scores 100 before any reversal.
const five = (labels: readonly [string, string][]): ResponseSet => ({
  options: labels.map(([da, en], index) => ({ code: index + 1, label: { da, en }, score: 100 - index * 25 })),
});

export const responseSets = {
  frequency: five([
    ["Altid", "Always"],
    ["Ofte", "Often"],
    ["Somme tider", "Sometimes"],
    ["Sjældent", "Seldom"],
    ["Aldrig eller næsten aldrig", "Never or hardly ever"],
  ]),
  extent: five([
    ["I meget høj grad", "To a very large extent"],
    ["I høj grad", "To a large extent"],
    ["Delvist", "Somewhat"],
    ["I ringe grad", "To a small extent"],
    ["I meget ringe grad", "To a very small extent"],
  ]),
  "time-share": five([
    ["Hele tiden", "All the time"],
    ["En stor del af tiden", "A large part of the time"],
    ["En del af tiden", "Part of the time"],
    ["En lille del af tiden", "A small part of the time"],
    ["På intet tidspunkt", "Not at all"],
  ]),
  health: five([
    ["Fremragende", "Excellent"],
    ["Vældig godt", "Very good"],
    ["Godt", "Good"],
    ["Mindre godt", "Fair"],
    ["Dårligt", "Poor"],
  ]),
  // Four options: the scores are thirds, as COPSOQ scores its four-point satisfaction items.
  satisfaction: {
    options: [
      { code: 1, label: { da: "Meget tilfreds", en: "Very satisfied" }, score: 100 },
      { code: 2, label: { da: "Tilfreds", en: "Satisfied" }, score: 200 / 3 },
      { code: 3, label: { da: "Utilfreds", en: "Dissatisfied" }, score: 100 / 3 },
      { code: 4, label: { da: "Meget utilfreds", en: "Very dissatisfied" }, score: 0 },
    ],
  },
} satisfies Record<string, ResponseSet>;

export type ResponseSetKey = keyof typeof responseSets;
