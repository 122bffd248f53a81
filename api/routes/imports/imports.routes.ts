import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { importQuerySchema, importResultSchema } from "../../../shared/schemas/survey.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

export const importResponses = createRoute({
  method: "post",
  path: "/rounds/{roundId}/responses/import",
  tags: ["imports"],
  summary:
    "Import answers collected with another survey tool, as CSV (coordinator only); the round must be open",
  description: [
    "Body: `text/csv`, RFC 4180, UTF-8 with or without BOM, comma or semicolon between cells, one header row, up to 25 MB and 50,000 rows.",
    "Columns (header names in any case): `centre` (the centre's id or pseudonym, required); `team` (id, pseudonym or name, optional); `panel_code` (optional, 3–64 characters); one column per item code of the round's instrument with the option code (1..k); the multiple-choice question either as one column named by its code (`value-most`) holding option keys separated by `|` (`tasks|salary`), or as one column per option named `value-most.<key>` holding 1 or 0; open questions by their code, as text. An empty cell is a missing answer; unknown columns are refused.",
    "By default the file goes in completely or not at all: any rejected row means nothing is stored and a 422 whose body lists the rejected rows (row numbers as a spreadsheet shows them, the header being row 1). With `?partial=true` the valid rows are stored and the rejected ones listed; after that, send only the corrected rows, not the whole file again.",
    "The same file sent again (same bytes, by SHA-256) adds nothing: 200 with `duplicate: true`.",
    "Separation of duties and no padding: a facilitator gets 403 (`code: coordinator-only`); a round that is not open answers 409 `round-not-open` (rows added after figures were read would give away the members' answers by subtraction); where a centre or team has a headcount, its codes not revoked plus imported answers never exceed it (409 `headcount-exceeded`, nothing stored). Every import is in the audit, per centre and team, that the centre's facilitator reads.",
  ].join("\n\n"),
  request: {
    params: z.object({ roundId: idParam }),
    query: importQuerySchema,
    body: { required: true, description: "The CSV file", content: { "text/csv": { schema: z.string() } } },
  },
  responses: {
    201: jsonResponse(
      importResultSchema,
      "Stored: how many rows, and the rows rejected (with ?partial=true)",
    ),
    200: jsonResponse(importResultSchema, "This file was imported before; nothing added"),
    422: {
      description: "Rows rejected and nothing stored; the body is the import result with problem members",
      content: { "application/problem+json": { schema: importResultSchema } },
    },
    ...problems(401, 403, 404, 409, 413),
  },
});
