/**
 * What an export covers: the network and its minimum group size, the rounds (closed or published
 * ones the caller may see, in wave order) and optionally a subset of centres, from the `rounds=`
 * and `centres=` parameters. Values that name nothing are a 400 naming the parameter.
 */
import { readListParam } from "../../../shared/research/list-param.ts";
import type { ExportQuery } from "../../../shared/schemas/research.ts";
import { MIN_GROUP_SIZE_FLOOR } from "../../../shared/scoring/anonymity.ts";
import { effectiveMinGroupSize } from "../../../shared/scoring/figure-versions.ts";
import type { FieldError } from "../../lib/problem.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import type { Reader } from "./d1-session.ts";

export interface ExportRound {
  id: string;
  label: string;
  /** The date the round opened (`round_date`). */
  date: string;
  /** 1 for the network's first round by opening date, as in GET /networks/:id/rounds. */
  wave: number;
  instrumentId: string;
  status: "draft" | "open" | "closed" | "published";
  /** The minimum group size in effect for the round: the network's, never below what it was shown with. */
  minGroupSize: number;
  /** When the round was last closed (null if it never was): stored export pages are of that close. */
  closedAt: string | null;
}

export interface ExportScope {
  networkId: string;
  minGroupSize: number;
  rounds: ExportRound[];
  /** Centre ids to keep, null for every centre. */
  centres: Set<string> | null;
  /** The filter values as given, for the audit log. */
  filter: { rounds: string[] | null; centres: string[] | null };
}

interface RoundRow {
  id: string;
  label: string;
  opens_on: string;
  instrument_id: string;
  status: ExportRound["status"];
  min_group_size: number | null;
  closed_at: string | null;
}

/**
 * @param anyStatus for the codebook, which describes variables and holds no data: rounds of any
 * status may be named and are described.
 */
export async function resolveScope(
  reader: Reader,
  networkId: string,
  query: ExportQuery,
  who: { seesClosedRounds: boolean },
  anyStatus = false,
): Promise<ExportScope> {
  const [network, roundRows, centreRows] = await reader.batch([
    reader.prepare("SELECT id, min_group_size FROM networks WHERE id = ?").bind(networkId),
    reader
      .prepare(
        "SELECT id, label, opens_on, instrument_id, status, min_group_size, closed_at FROM rounds WHERE network_id = ? ORDER BY opens_on",
      )
      .bind(networkId),
    reader.prepare("SELECT id, pseudonym FROM centres WHERE network_id = ?").bind(networkId),
  ]);
  const net = network?.results[0] as { id: string; min_group_size: number } | undefined;
  if (!net) throw notFound("Network");
  const all: ExportRound[] = ((roundRows?.results ?? []) as RoundRow[]).map((r, i) => ({
    id: r.id,
    label: r.label,
    date: r.opens_on,
    wave: i + 1,
    instrumentId: r.instrument_id,
    status: r.status,
    minGroupSize: effectiveMinGroupSize(net.min_group_size, r.min_group_size),
    closedAt: r.closed_at,
  }));
  const exportable = (r: ExportRound) =>
    anyStatus || r.status === "published" || (r.status === "closed" && who.seesClosedRounds);
  const errors: FieldError[] = [];

  let rounds = all.filter(exportable);
  const roundFilter = readListParam(
    query.rounds,
    (v) => all.some((r) => r.id === v || r.label === v) || (/^\d+$/.test(v) && Number(v) <= all.length),
  );
  if (roundFilter) {
    const chosen = new Set<string>();
    for (const value of roundFilter) {
      const matches = all.filter((r) => r.id === value);
      if (matches.length === 0 && /^\d+$/.test(value))
        matches.push(...all.filter((r) => r.wave === Number(value)));
      if (matches.length === 0) matches.push(...all.filter((r) => r.label === value));
      if (matches.length === 0) {
        errors.push({
          code: "unknown",
          path: "query.rounds",
          message: `No round ${JSON.stringify(value)} in this network.`,
        });
      } else if (!matches.some(exportable)) {
        errors.push({
          path: "query.rounds",
          code: "no-results-yet",
          message: `Round ${JSON.stringify(value)} has no results to export yet (it is ${matches[0]?.status}).`,
        });
      }
      for (const r of matches) if (exportable(r)) chosen.add(r.id);
    }
    rounds = rounds.filter((r) => chosen.has(r.id));
  }

  let centres: Set<string> | null = null;
  const centreFilter = readListParam(query.centres);
  if (centreFilter) {
    const list = (centreRows?.results ?? []) as { id: string; pseudonym: string }[];
    centres = new Set();
    for (const value of centreFilter) {
      const hit = list.find((c) => c.id === value || c.pseudonym.toLowerCase() === value.toLowerCase());
      if (hit) centres.add(hit.id);
      else
        errors.push({
          path: "query.centres",
          code: "unknown",
          message: `No centre ${JSON.stringify(value)} in this network.`,
        });
    }
  }

  if (errors.length > 0) {
    const names = [...new Set(errors.map((e) => e.path.replace("query.", "")))].join(" and ");
    throw new Problem(400, `The ${names} parameter names something that cannot be exported.`, errors);
  }
  return {
    networkId: net.id,
    // Never below 3, whatever is stored: a group of two could each read the other's answers.
    minGroupSize: Math.max(net.min_group_size, MIN_GROUP_SIZE_FLOOR),
    rounds,
    centres,
    filter: { rounds: roundFilter, centres: centreFilter },
  };
}

/** The minimum group size in effect for one round of the scope. */
export function roundMinimum(scope: ExportScope, roundId: string): number {
  return scope.rounds.find((r) => r.id === roundId)?.minGroupSize ?? scope.minGroupSize;
}

export interface RoundCentre {
  id: string;
  pseudonym: string;
  /** Respondents of the centre in the round (a participation count). */
  respondents: number;
}

/** Centres with responses in a closed round, in pseudonym order, as the filter allows. */
export async function roundCentres(
  reader: Reader,
  scope: ExportScope,
  roundId: string,
): Promise<RoundCentre[]> {
  const { results } = await reader
    .prepare(
      `SELECT a.centre_id AS id, c.pseudonym, a.n AS respondents FROM aggregates a JOIN centres c ON c.id = a.centre_id
       WHERE a.round_id = ? AND a.level = 'centre' AND a.metric = 'count' AND a.key = 'respondents'
       ORDER BY length(c.pseudonym), c.pseudonym`,
    )
    .bind(roundId)
    .all<RoundCentre>();
  return scope.centres ? results.filter((c) => scope.centres?.has(c.id)) : results;
}

/** Splits a list into chunks that fit D1's 100 bound parameters with room to spare. */
export function chunks<T>(list: readonly T[], size = 40): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
