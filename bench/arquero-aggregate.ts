import * as aq from "arquero";
import type { Figures } from "./group-figures.ts";
import { figure, figureKey } from "./group-figures.ts";
import type { LongRound } from "./long-table.ts";

type ColumnTable = ReturnType<typeof aq.table>;

export interface ArqueroInput {
  answers: ColumnTable;
  choices: ColumnTable;
  respondents: ColumnTable;
  lookup: ColumnTable;
}

/** Loads the long round into arquero tables (not timed: this is the data already in memory). */
export function arqueroInput(long: LongRound): ArqueroInput {
  return {
    answers: aq.table(long.answers),
    choices: aq.table(long.choices),
    respondents: aq.table(long.respondents),
    lookup: aq.table(long.lookup),
  };
}

const op = aq.op;

/** The same aggregation as aggregateRound, written the idiomatic arquero way. */
export function arqueroAggregate(t: ArqueroInput): Figures {
  const persons = t.answers
    .join(t.lookup, [
      ["item", "code"],
      ["item", "code"],
    ])
    .groupby("respondent", "scale")
    .rollup({ score: op.mean("score"), answered: op.count(), minAnswered: op.min("minAnswered") })
    .filter((d: { answered: number; minAnswered: number }) => d.answered >= d.minAnswered)
    .join(t.respondents, "respondent");
  const answeredMc = t.choices.groupby("respondent").count().join(t.respondents, "respondent");
  const chosen = t.choices.join(t.respondents, "respondent");
  const out: Figures = new Map();
  const levels = [
    { level: "network", keys: [] as string[], rows: (x: ColumnTable) => x },
    { level: "centre", keys: ["centre"], rows: (x: ColumnTable) => x },
    {
      level: "team",
      keys: ["team"],
      rows: (x: ColumnTable) => x.filter((d: { team: number }) => d.team >= 0),
    },
  ];
  for (const { level, keys, rows } of levels) {
    const id = (d: Record<string, number>) => [d.centre ?? null, d.team ?? null] as const;
    for (const d of rows(t.respondents).groupby(keys).count().objects() as Record<string, number>[]) {
      out.set(figureKey(level, ...id(d), "respondents"), figure(d.count as number, null, null));
    }
    const scales = rows(persons)
      .groupby([...keys, "scale"])
      .rollup({ n: op.count(), mean: op.mean("score"), sd: op.stdev("score") })
      .objects() as Record<string, number>[];
    for (const d of scales) {
      out.set(
        figureKey(level, ...id(d), `scale:${d.scale}`),
        figure(d.n as number, d.mean ?? null, d.sd ?? null),
      );
    }
    const answered = new Map<string, number>();
    for (const d of rows(answeredMc).groupby(keys).count().objects() as Record<string, number>[]) {
      answered.set(figureKey(level, ...id(d), ""), d.count as number);
    }
    const chosenCount = new Map<string, number>();
    const options = new Set<number>();
    for (const d of rows(chosen)
      .groupby([...keys, "option"])
      .count()
      .objects() as Record<string, number>[]) {
      chosenCount.set(figureKey(level, ...id(d), `choice:${d.option}`), d.count as number);
      options.add(d.option as number);
    }
    for (const [group, n] of answered) {
      for (const option of options) {
        const p = (chosenCount.get(`${group}choice:${option}`) ?? 0) / n;
        const sd = n > 1 ? 100 * Math.sqrt((p * (1 - p) * n) / (n - 1)) : null;
        out.set(`${group}choice:${option}`, figure(n, 100 * p, sd));
      }
    }
  }
  return out;
}
