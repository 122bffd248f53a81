import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type {
  ResultsMeeting,
  resultsMeetingCreateSchema,
  resultsMeetingUpdateSchema,
} from "../../../shared/schemas/cycle.ts";
import { type Db, getDb } from "../../db/client.ts";
import { centres, resultsMeetings, roundCentres, rounds } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { stringArray } from "../../lib/json-columns.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";

export type MeetingRow = typeof resultsMeetings.$inferSelect & { networkId: string };
type RoundRow = typeof rounds.$inferSelect;

export const toMeeting = (row: typeof resultsMeetings.$inferSelect): ResultsMeeting => ({
  id: row.id,
  roundId: row.roundId,
  centreId: row.centreId,
  heldOn: row.heldOn,
  attendees: row.attendees,
  attentionPoints: stringArray(row.attentionPoints),
  decisions: row.decisions,
  createdAt: row.createdAt,
});

export async function getMeetingRow(db: Db, meetingId: string): Promise<MeetingRow> {
  const row = await db
    .select({ meeting: resultsMeetings, networkId: centres.networkId })
    .from(resultsMeetings)
    .innerJoin(centres, eq(centres.id, resultsMeetings.centreId))
    .where(eq(resultsMeetings.id, meetingId))
    .get();
  if (!row) throw notFound("Results meeting");
  return { ...row.meeting, networkId: row.networkId };
}

export async function listMeetings(db: Db, centreId: string, roundId?: string): Promise<ResultsMeeting[]> {
  const rows = await db
    .select()
    .from(resultsMeetings)
    .where(
      and(eq(resultsMeetings.centreId, centreId), roundId ? eq(resultsMeetings.roundId, roundId) : undefined),
    )
    .orderBy(desc(resultsMeetings.heldOn), desc(resultsMeetings.createdAt));
  return rows.map(toMeeting);
}

/**
 * The round a meeting is about: one the centre took part in, with results (closed or published).
 */
export async function meetingRound(db: Db, centreId: string, roundId: string): Promise<RoundRow> {
  const row = await db
    .select({ round: rounds })
    .from(rounds)
    .innerJoin(roundCentres, and(eq(roundCentres.roundId, rounds.id), eq(roundCentres.centreId, centreId)))
    .where(eq(rounds.id, roundId))
    .get();
  if (!row)
    throw new Problem(422, "Unknown round.", [
      { code: "unknown", path: "roundId", message: "Not a round this centre took part in." },
    ]);
  if (row.round.status !== "closed" && row.round.status !== "published")
    throw new Problem(409, "The round has no results yet: a results meeting follows its closing.");
  return row.round;
}

export async function getRound(db: Db, roundId: string): Promise<RoundRow> {
  const row = await db.select().from(rounds).where(eq(rounds.id, roundId)).get();
  if (!row) throw notFound("Round");
  return row;
}

/** The meeting's date is not before the round opened, and its attention points are the round's scales. */
export async function assertMeetingFields(
  d1: D1Database,
  round: RoundRow,
  input: { heldOn?: string; attentionPoints?: string[] },
): Promise<void> {
  const errors: FieldError[] = [];
  if (input.heldOn && input.heldOn < round.opensOn)
    errors.push({ code: "before-round-opened", path: "heldOn", message: "Before the round opened." });
  if (input.attentionPoints?.length) {
    const def = await loadInstrument(d1, round.instrumentId);
    const scales = new Set(def.scales.map((s) => s.key));
    input.attentionPoints.forEach((key, i) => {
      if (!scales.has(key))
        errors.push({
          code: "unknown",
          path: `attentionPoints.${i}`,
          message: "Not a scale of the round's instrument.",
        });
    });
  }
  if (errors.length) throw new Problem(422, "The meeting's notes do not fit the round.", errors);
}

/** A results meeting of the centre about one of its rounds (422 naming a field that does not fit). */
export async function createMeeting(
  d1: D1Database,
  p: UserPrincipal,
  centre: { id: string; networkId: string },
  input: z.infer<typeof resultsMeetingCreateSchema>,
): Promise<string> {
  const db = getDb(d1);
  const round = await meetingRound(db, centre.id, input.roundId);
  await assertMeetingFields(d1, round, input);
  const id = newId();
  await d1.batch([
    statement(
      d1,
      db.insert(resultsMeetings).values({
        id,
        roundId: round.id,
        centreId: centre.id,
        heldOn: input.heldOn,
        attendees: input.attendees ?? null,
        attentionPoints: input.attentionPoints ?? [],
        decisions: input.decisions ?? null,
      }),
    ),
    auditStatement(d1, p, {
      action: "results-meeting.create",
      networkId: centre.networkId,
      targetType: "results_meeting",
      targetId: id,
    }),
  ]);
  return id;
}

export async function updateMeeting(
  d1: D1Database,
  p: UserPrincipal,
  row: MeetingRow,
  input: z.infer<typeof resultsMeetingUpdateSchema>,
): Promise<void> {
  const db = getDb(d1);
  await assertMeetingFields(d1, await getRound(db, row.roundId), input);
  await d1.batch([
    statement(d1, db.update(resultsMeetings).set(input).where(eq(resultsMeetings.id, row.id))),
    auditStatement(d1, p, {
      action: "results-meeting.update",
      networkId: row.networkId,
      targetType: "results_meeting",
      targetId: row.id,
      detail: input,
    }),
  ]);
}

export async function deleteMeeting(d1: D1Database, p: UserPrincipal, row: MeetingRow): Promise<void> {
  await d1.batch([
    statement(d1, getDb(d1).delete(resultsMeetings).where(eq(resultsMeetings.id, row.id))),
    auditStatement(d1, p, {
      action: "results-meeting.delete",
      networkId: row.networkId,
      targetType: "results_meeting",
      targetId: row.id,
      detail: { roundId: row.roundId, heldOn: row.heldOn },
    }),
  ]);
}
