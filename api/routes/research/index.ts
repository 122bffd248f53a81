/**
 * The research API: tokens (coordinator), the streamed exports of a network (tokens of the
 * network, its coordinator and researchers), the codebook of an instrument, and the guide for
 * researchers at /api/v1/research-docs.
 */
import type { Context } from "hono";
import { getDb } from "../../db/client.ts";
import type { AppEnv } from "../../env.ts";
import { assertCoordinator, requireUser } from "../../lib/access.ts";
import { TOKEN_OR_COOKIE, wwwAuthenticate } from "../../lib/challenge.ts";
import { Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import { buildCodebook } from "./codebook.ts";
import {
  codebookBody,
  exportHeaders,
  serveExport,
  serveSnapshot,
  snapshotCitation,
} from "./export.handlers.ts";
import * as exportRoutes from "./export.routes.ts";
import { exportStream, pickFormat } from "./export-stream.ts";
import { assertInstrumentVisible } from "./instrument-access.service.ts";
import { researchDocsPage } from "./research-docs.ts";
import * as tokenRoutes from "./tokens.routes.ts";
import { createToken, listTokens, revokeToken } from "./tokens.service.ts";

const router = createRouter();
router.openAPIRegistry.registerComponent("securitySchemes", "researchToken", {
  type: "http",
  scheme: "bearer",
  description:
    "A research token created by the network's coordinator (`POST /api/v1/networks/{networkId}/tokens`). A signed-in coordinator or researcher (session cookie) may call the exports too.",
});

/** The caller of a codebook read: signed in, or a research token (else 401 with the challenge). */
function codebookReader(c: Context<AppEnv>) {
  const p = c.get("principal");
  if (!p)
    throw new Problem(401, "Sign in, or send a research token.", undefined, wwwAuthenticate(TOKEN_OR_COOKIE));
  return p;
}

export const researchRoutes = router
  .openapi(tokenRoutes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const created = await createToken(c.env.DB, getDb(c.env.DB), p, networkId, c.req.valid("json"));
    // The answer carries the token itself, once: no cache may keep it.
    c.header("cache-control", "no-store");
    return c.json(created, 201);
  })
  .openapi(tokenRoutes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    return c.json(await listTokens(getDb(c.env.DB), networkId), 200);
  })
  .openapi(tokenRoutes.revoke, async (c) => {
    const p = requireUser(c);
    const { networkId, tokenId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    await revokeToken(c.env.DB, getDb(c.env.DB), p, networkId, tokenId);
    return c.body(null, 204);
  })
  .openapi(exportRoutes.scales, (c) =>
    serveExport(c, "scales", c.req.valid("param").networkId, c.req.valid("query")),
  )
  .openapi(exportRoutes.responses, (c) =>
    serveExport(c, "responses", c.req.valid("param").networkId, c.req.valid("query")),
  )
  .openapi(exportRoutes.valueMost, (c) =>
    serveExport(c, "value-most", c.req.valid("param").networkId, c.req.valid("query")),
  )
  .openapi(exportRoutes.participation, (c) =>
    serveExport(c, "participation", c.req.valid("param").networkId, c.req.valid("query")),
  )
  .openapi(exportRoutes.codebook, (c) =>
    serveExport(c, "codebook", c.req.valid("param").networkId, c.req.valid("query")),
  )
  .openapi(exportRoutes.snapshot, (c) => {
    const { networkId, roundId } = c.req.valid("param");
    return serveSnapshot(c, networkId, roundId);
  })
  .openapi(exportRoutes.snapshotCitation, async (c) => {
    const { networkId, roundId } = c.req.valid("param");
    const body = await snapshotCitation(c, networkId, roundId);
    c.header("cache-control", "no-store");
    return c.json(body, 200);
  })
  .openapi(exportRoutes.instrumentCodebook, async (c) => {
    const { instrumentId } = c.req.valid("param");
    await assertInstrumentVisible(c.env.DB, codebookReader(c), instrumentId);
    const def = await loadInstrument(c.env.DB, instrumentId);
    const format = pickFormat(c.req.valid("query").format, c.req.header("accept"));
    const body = codebookBody(buildCodebook([[instrumentId, def]]), format);
    const noop = async () => {};
    return new Response(body.single ? body.single.text : exportStream(body.table as never, format, noop), {
      status: 200,
      headers: exportHeaders(`codebook-${instrumentId}`, format, 0),
    });
  })
  .openapi(exportRoutes.researchDocs, (c) => c.html(researchDocsPage(new URL(c.req.url).origin), 200));
