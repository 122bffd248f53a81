/**
 * One path for every export: check who asks, resolve the rounds and centres, check the rate
 * limit, count what the anonymity rules leave out, write the audit row, then stream the rows.
 */
import type { Context } from "hono";
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import type { ExportFormat, ExportQuery } from "../../../shared/schemas/research.ts";
import type { AppEnv } from "../../env.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import { buildCodebook, CODEBOOK_COLUMNS, codebookRows } from "./codebook.ts";
import { openReadSession, type Reader } from "./d1-session.ts";
import { requireExportAccess } from "./export-access.ts";
import { assertExportAllowed, recordExport } from "./export-audit.ts";
import { storedPages } from "./export-pages.ts";
import { type ExportRound, type ExportScope, resolveScope } from "./export-scope.ts";
import {
  contentTypes,
  type EncodedTable,
  type ExportTable,
  exportStream,
  pickFormat,
  singleChunkStream,
} from "./export-stream.ts";
import { participationTable } from "./participation.export.ts";
import { networkResearchKey, responsePseudonymWriter } from "./response-pseudonym.ts";
import { planResponses, responseLayout, responsesTable } from "./responses.export.ts";
import { scalesSuppressed, scalesTable } from "./scales.export.ts";
import { roundSnapshot } from "./snapshot.ts";
import { valueMostSuppressed, valueMostTable } from "./value-most.export.ts";

export type ExportKind = "scales" | "responses" | "value-most" | "participation" | "codebook";

type Instruments = [string, InstrumentDefinition][];

/** The instruments of the rounds, in the order the rounds first use them. */
export async function instrumentsOf(d1: D1Database, rounds: readonly ExportRound[]): Promise<Instruments> {
  const ids = [...new Set(rounds.map((r) => r.instrumentId))];
  return Promise.all(
    ids.map(async (id): Promise<[string, InstrumentDefinition]> => [id, await loadInstrument(d1, id)]),
  );
}

interface Prepared {
  suppressed: number;
  table?: ExportTable | EncodedTable;
  /** A body that is one value, and how many rows (variables) it holds. */
  single?: { text: string; rows: number };
}

async function prepare(
  c: Context<AppEnv>,
  kind: ExportKind,
  format: ExportFormat,
  reader: Reader,
  scope: ExportScope,
  instruments: Instruments,
): Promise<Prepared> {
  const defs = new Map(instruments);
  switch (kind) {
    case "scales":
      return { suppressed: await scalesSuppressed(reader, scope), table: scalesTable(reader, scope, defs) };
    case "value-most":
      return {
        suppressed: await valueMostSuppressed(reader, scope),
        table: valueMostTable(reader, scope, defs),
      };
    case "participation":
      return { suppressed: 0, table: participationTable(reader, scope) };
    case "responses": {
      const plan = await planResponses(reader, scope);
      const pseudonym = responsePseudonymWriter(
        await networkResearchKey(c.env.DB, c.env.SESSION_SECRET, scope.networkId),
      );
      const layout = responseLayout(instruments);
      return {
        suppressed: plan.suppressed,
        table: responsesTable(
          reader,
          scope,
          scope.rounds,
          layout,
          plan,
          pseudonym,
          undefined,
          storedPages(reader, layout),
        ),
      };
    }
    case "codebook":
      return codebookBody(buildCodebook(instruments), format);
  }
}

export function codebookBody(book: ReturnType<typeof buildCodebook>, format: ExportFormat): Prepared {
  if (format === "json")
    return { suppressed: 0, single: { text: JSON.stringify(book), rows: book.variables.length } };
  if (format === "ndjson") {
    const text = book.variables.map((v) => `${JSON.stringify(v)}\n`).join("");
    return { suppressed: 0, single: { text, rows: book.variables.length } };
  }
  const rows = codebookRows(book);
  async function* pages() {
    yield rows;
  }
  return { suppressed: 0, table: { columns: CODEBOOK_COLUMNS, pages: pages() } };
}

export function exportHeaders(kind: string, format: ExportFormat, suppressed: number): Headers {
  return new Headers({
    "content-type": contentTypes[format],
    "content-disposition": `attachment; filename="amica-${kind}.${format}"`,
    "cache-control": "no-store",
    "x-suppressed-rows": String(suppressed),
    "access-control-expose-headers": "X-Suppressed-Rows, X-D1-Bookmark",
  });
}

export async function serveExport(
  c: Context<AppEnv>,
  kind: ExportKind,
  networkId: string,
  query: ExportQuery,
): Promise<Response> {
  const caller = requireExportAccess(c, networkId);
  const format = pickFormat(query.format, c.req.header("accept"));
  const session = openReadSession(c.env.DB, c.req.header("x-d1-bookmark"));
  const scope = await resolveScope(session.reader, networkId, query, caller, kind === "codebook");
  await assertExportAllowed(c.env.DB, caller);
  const instruments = await instrumentsOf(c.env.DB, scope.rounds);
  const prepared = await prepare(c, kind, format, session.reader, scope, instruments);
  const finish = await recordExport(c.env.DB, caller, scope, {
    export: kind,
    format,
    rounds: scope.rounds.map((r) => r.id),
    filter: scope.filter,
    suppressed: prepared.suppressed,
  });
  const onEnd = (rows: number, complete: boolean) => {
    const done = finish(rows, complete);
    try {
      c.executionCtx.waitUntil(done);
    } catch {
      // No execution context (app.request in a unit test): the awaited promise is enough.
    }
    return done;
  };
  const body = prepared.single
    ? singleChunkStream(prepared.single.text, prepared.single.rows, onEnd)
    : exportStream(prepared.table as ExportTable | EncodedTable, format, onEnd);
  const headers = exportHeaders(kind, format, prepared.suppressed);
  const bookmark = session.bookmark();
  if (bookmark) headers.set("x-d1-bookmark", bookmark);
  return new Response(body, { status: 200, headers });
}

/**
 * A round's snapshot (snapshot.ts), checked and put on record: every row is read and hashed for
 * the file and for its citation alike, so both count as an export (rate limit and audit log).
 */
async function openSnapshot(c: Context<AppEnv>, networkId: string, roundId: string, what: string) {
  const caller = requireExportAccess(c, networkId);
  const session = openReadSession(c.env.DB, c.req.header("x-d1-bookmark"));
  const snapshot = await roundSnapshot(
    c.env.DB,
    session.reader,
    c.env.SESSION_SECRET,
    networkId,
    roundId,
    (rounds) => instrumentsOf(c.env.DB, rounds),
  );
  await assertExportAllowed(c.env.DB, caller);
  const finish = await recordExport(c.env.DB, caller, snapshot.scope, {
    export: what,
    format: "ndjson",
    rounds: [roundId],
    filter: snapshot.scope.filter,
    suppressed: snapshot.header.suppressed_rows,
  });
  const onEnd = (complete: boolean) => {
    const done = finish(snapshot.summary()?.rows ?? 0, complete);
    try {
      c.executionCtx.waitUntil(done);
    } catch {
      // No execution context (app.request in a unit test): the awaited promise is enough.
    }
    return done.catch((err) => console.error("export audit", err));
  };
  return { snapshot, session, onEnd };
}

/** What the research page shows before the download: the snapshot's header, hash and citation line. */
export async function snapshotCitation(c: Context<AppEnv>, networkId: string, roundId: string) {
  const { snapshot, onEnd } = await openSnapshot(c, networkId, roundId, "snapshot-citation");
  for await (const _ of snapshot.content()) {
    // Read to the end for the hash; nothing is kept.
  }
  await onEnd(true);
  const summary = snapshot.summary() as NonNullable<ReturnType<typeof snapshot.summary>>;
  return {
    network: snapshot.header.network,
    round: snapshot.header.round,
    min_group_size: snapshot.header.min_group_size,
    suppressed_rows: snapshot.header.suppressed_rows,
    file: snapshot.fileName,
    ...summary,
  };
}

/** The snapshot file: gzipped as it is read, pulled a chunk at a time, in flat memory. */
export async function serveSnapshot(
  c: Context<AppEnv>,
  networkId: string,
  roundId: string,
): Promise<Response> {
  const { snapshot, session, onEnd } = await openSnapshot(c, networkId, roundId, "snapshot");
  const lines = snapshot.content();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) {
          await onEnd(true);
          controller.close();
        } else controller.enqueue(next.value);
      } catch (err) {
        console.error("snapshot stream", err);
        await onEnd(false);
        controller.error(err);
      }
    },
    async cancel() {
      await lines.return(undefined);
      await onEnd(false);
    },
  }).pipeThrough(new CompressionStream("gzip") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const headers = new Headers({
    "content-type": "application/gzip",
    "content-disposition": `attachment; filename="${snapshot.fileName}"`,
    "cache-control": "no-store",
    "x-suppressed-rows": String(snapshot.header.suppressed_rows),
    "access-control-expose-headers": "X-Suppressed-Rows, X-D1-Bookmark",
  });
  const bookmark = session.bookmark();
  if (bookmark) headers.set("x-d1-bookmark", bookmark);
  return new Response(body, { status: 200, headers });
}
