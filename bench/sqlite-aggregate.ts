import Database from "better-sqlite3";
import { type Figures, figure, figureKey } from "./group-figures.ts";
import type { LongRound } from "./long-table.ts";

/**
 * The round in an in-memory SQLite database, one row per answer, indexed for the aggregation
 * (loading and indexing are not timed).
 */
export function sqliteDatabase(long: LongRound): Database.Database {
  const db = new Database(":memory:");
  db.exec(`
    CREATE TABLE respondent (respondent INTEGER PRIMARY KEY, centre INTEGER NOT NULL, team INTEGER NOT NULL);
    CREATE TABLE answer (respondent INTEGER NOT NULL, item INTEGER NOT NULL, code INTEGER NOT NULL);
    CREATE TABLE choice (respondent INTEGER NOT NULL, option INTEGER NOT NULL);
    CREATE TABLE lookup (item INTEGER, code INTEGER, scale INTEGER, score REAL, min_answered INTEGER,
                         PRIMARY KEY (item, code)) WITHOUT ROWID;
  `);
  const load = db.transaction(() => {
    const r = db.prepare("INSERT INTO respondent VALUES (?, ?, ?)");
    for (let i = 0; i < long.respondents.respondent.length; i++) {
      r.run(long.respondents.respondent[i], long.respondents.centre[i], long.respondents.team[i]);
    }
    const a = db.prepare("INSERT INTO answer VALUES (?, ?, ?)");
    for (let i = 0; i < long.answers.respondent.length; i++) {
      a.run(long.answers.respondent[i], long.answers.item[i], long.answers.code[i]);
    }
    const c = db.prepare("INSERT INTO choice VALUES (?, ?)");
    for (let i = 0; i < long.choices.respondent.length; i++)
      c.run(long.choices.respondent[i], long.choices.option[i]);
    const l = db.prepare("INSERT INTO lookup VALUES (?, ?, ?, ?, ?)");
    for (let i = 0; i < long.lookup.item.length; i++) {
      l.run(
        long.lookup.item[i],
        long.lookup.code[i],
        long.lookup.scale[i],
        long.lookup.score[i],
        long.lookup.minAnswered[i],
      );
    }
  });
  load();
  db.exec(
    "CREATE INDEX answer_respondent ON answer (respondent, item); CREATE INDEX choice_respondent ON choice (respondent);",
  );
  db.exec("ANALYZE");
  return db;
}

// Persons' scale scores once (materialised), then the three levels from them.
const SCALES_SQL = `
  WITH person AS MATERIALIZED (
    SELECT a.respondent, l.scale, AVG(l.score) AS score
    FROM answer a JOIN lookup l ON l.item = a.item AND l.code = a.code
    GROUP BY a.respondent, l.scale
    HAVING COUNT(*) >= MIN(l.min_answered)
  ), scored AS MATERIALIZED (
    SELECT p.scale, p.score, r.centre, r.team FROM person p JOIN respondent r USING (respondent)
  )
  SELECT 'network' AS level, NULL AS centre, NULL AS team, scale, COUNT(*) AS n, AVG(score) AS mean,
         SUM(score * score) AS ss FROM scored GROUP BY scale
  UNION ALL
  SELECT 'centre', centre, NULL, scale, COUNT(*), AVG(score), SUM(score * score) FROM scored GROUP BY centre, scale
  UNION ALL
  SELECT 'team', centre, team, scale, COUNT(*), AVG(score), SUM(score * score)
  FROM scored WHERE team >= 0 GROUP BY team, scale`;

const RESPONDENTS_SQL = `
  SELECT 'network' AS level, NULL AS centre, NULL AS team, COUNT(*) AS n FROM respondent
  UNION ALL SELECT 'centre', centre, NULL, COUNT(*) FROM respondent GROUP BY centre
  UNION ALL SELECT 'team', centre, team, COUNT(*) FROM respondent WHERE team >= 0 GROUP BY team`;

// Those who ticked anything answered the question; percentages are of them.
const CHOICES_SQL = `
  WITH answered AS MATERIALIZED (
    SELECT r.respondent, r.centre, r.team FROM respondent r
    WHERE EXISTS (SELECT 1 FROM choice c WHERE c.respondent = r.respondent)
  ), groups AS (
    SELECT 'network' AS level, NULL AS centre, NULL AS team, COUNT(*) AS n FROM answered
    UNION ALL SELECT 'centre', centre, NULL, COUNT(*) FROM answered GROUP BY centre
    UNION ALL SELECT 'team', centre, team, COUNT(*) FROM answered WHERE team >= 0 GROUP BY team
  ), chosen AS (
    SELECT 'network' AS level, NULL AS centre, NULL AS team, c.option, COUNT(*) AS k
    FROM choice c GROUP BY c.option
    UNION ALL SELECT 'centre', r.centre, NULL, c.option, COUNT(*)
    FROM choice c JOIN respondent r USING (respondent) GROUP BY r.centre, c.option
    UNION ALL SELECT 'team', r.centre, r.team, c.option, COUNT(*)
    FROM choice c JOIN respondent r USING (respondent) WHERE r.team >= 0 GROUP BY r.team, c.option
  ), options AS (SELECT DISTINCT option FROM choice)
  SELECT g.level, g.centre, g.team, o.option, g.n, COALESCE(k.k, 0) AS k
  FROM groups g CROSS JOIN options o
  LEFT JOIN chosen k ON k.level = g.level AND k.centre IS g.centre AND k.team IS g.team AND k.option = o.option`;

interface Statements {
  scales: Database.Statement;
  respondents: Database.Statement;
  choices: Database.Statement;
}

export function sqliteStatements(db: Database.Database): Statements {
  return {
    scales: db.prepare(SCALES_SQL),
    respondents: db.prepare(RESPONDENTS_SQL),
    choices: db.prepare(CHOICES_SQL),
  };
}

type Row = { level: string; centre: number | null; team: number | null };

/** The same aggregation as aggregateRound, in SQL; SD and CI finished in JavaScript from the sums. */
export function sqliteAggregate(statements: Statements): Figures {
  const out: Figures = new Map();
  for (const r of statements.respondents.all() as (Row & { n: number })[]) {
    out.set(figureKey(r.level, r.centre, r.team, "respondents"), figure(r.n, null, null));
  }
  for (const r of statements.scales.all() as (Row & {
    scale: number;
    n: number;
    mean: number;
    ss: number;
  })[]) {
    const sd = r.n > 1 ? Math.sqrt(Math.max(0, r.ss - r.n * r.mean * r.mean) / (r.n - 1)) : null;
    out.set(figureKey(r.level, r.centre, r.team, `scale:${r.scale}`), figure(r.n, r.mean, sd));
  }
  for (const r of statements.choices.all() as (Row & { option: number; n: number; k: number })[]) {
    const p = r.k / r.n;
    const sd = r.n > 1 ? 100 * Math.sqrt((p * (1 - p) * r.n) / (r.n - 1)) : null;
    out.set(figureKey(r.level, r.centre, r.team, `choice:${r.option}`), figure(r.n, 100 * p, sd));
  }
  return out;
}
