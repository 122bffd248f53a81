import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { docsPage } from "./docs/docs-page.ts";
import type { AppEnv } from "./env.ts";
import { defaultChallenge } from "./lib/challenge.ts";
import { openApiDocument } from "./lib/openapi-document.ts";
import { Problem, problemResponse } from "./lib/problem.ts";
import { authenticate } from "./middleware/authenticate.ts";
import { csrfGuard } from "./middleware/csrf-guard.ts";
import { secretGuard } from "./middleware/secret-guard.ts";
import { actionPlansRoutes } from "./routes/action-plans/index.ts";
import { authRoutes } from "./routes/auth/index.ts";
import { centreRoutes } from "./routes/centres/index.ts";
import { cycleRoutes } from "./routes/cycle/index.ts";
import { fieldworkAuditRoutes } from "./routes/fieldwork-audit/index.ts";
import { headcountsRoutes } from "./routes/headcounts/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { importsRoutes } from "./routes/imports/index.ts";
import { instrumentRoutes } from "./routes/instruments/index.ts";
import { invitationsRoutes } from "./routes/invitations/index.ts";
import { memberInvitationRoutes } from "./routes/member-invitations/index.ts";
import { membershipRoutes } from "./routes/memberships/index.ts";
import { networkRoutes } from "./routes/networks/index.ts";
import { participationRoutes } from "./routes/participation/index.ts";
import { practicesRoutes } from "./routes/practices/index.ts";
import { reportsRoutes } from "./routes/reports/index.ts";
import { researchRoutes } from "./routes/research/index.ts";
import { roundRoutes } from "./routes/rounds/index.ts";
import { seminarsRoutes } from "./routes/seminars/index.ts";
import { surveyRoutes } from "./routes/survey/index.ts";
import { surveyDraftRoutes } from "./routes/survey/survey-draft.ts";
import { themesRoutes } from "./routes/themes/index.ts";
import { workshopsRoutes } from "./routes/workshops/index.ts";

const JSON_LIMIT = 1024 * 1024;
/** CSV imports: a 10,000-row file of 90 items is about 2–4 MB; leave room. */
const IMPORT_LIMIT = 25 * 1024 * 1024;
const isImport = (path: string) => path.endsWith("/import");

const v1 = new OpenAPIHono<AppEnv>()
  .route("/", networkRoutes)
  .route("/", centreRoutes)
  .route("/", membershipRoutes)
  .route("/", memberInvitationRoutes)
  .route("/", roundRoutes)
  .route("/", instrumentRoutes)
  .route("/", invitationsRoutes)
  .route("/", surveyRoutes)
  .route("/", surveyDraftRoutes)
  .route("/", importsRoutes)
  .route("/", participationRoutes)
  .route("/", headcountsRoutes)
  .route("/", fieldworkAuditRoutes)
  .route("/", reportsRoutes)
  .route("/", workshopsRoutes)
  .route("/", actionPlansRoutes)
  .route("/", researchRoutes)
  .route("/", seminarsRoutes)
  .route("/", cycleRoutes)
  .route("/", practicesRoutes)
  .route("/", themesRoutes);

export const app = new OpenAPIHono<AppEnv>();

app
  .use(
    "/api/*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        frameAncestors: ["'none'"],
      },
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
      referrerPolicy: "no-referrer",
      xFrameOptions: "DENY",
    }),
  )
  .use("/api/*", secretGuard)
  .use("/api/*", (c, next) =>
    bodyLimit({
      maxSize: isImport(c.req.path) ? IMPORT_LIMIT : JSON_LIMIT,
      onError: () => {
        throw new Problem(413, `The request body is larger than ${isImport(c.req.path) ? "25" : "1"} MB.`);
      },
    })(c, next),
  )
  .use("/api/*", authenticate)
  .use("/api/*", csrfGuard);

app.route("/api", healthRoutes).route("/api/auth", authRoutes).route("/api/v1", v1);

// The document is built inside the first request that asks for it and kept (openapi-document.ts).
app.get("/api/openapi.json", (c) =>
  c.body(openApiDocument(app).text, 200, { "content-type": "application/json; charset=utf-8" }),
);
let docsHtml: string | undefined;
app.get("/api/docs", (c) => {
  docsHtml ??= docsPage(openApiDocument(app).doc as never);
  return c.html(docsHtml);
});

app.notFound((c) => {
  if (c.req.path.startsWith("/api/"))
    return problemResponse(new Problem(404, `No route ${c.req.method} ${c.req.path}.`));
  // Outside /api the static assets answer first; this is reached only without the assets binding.
  return c.env.ASSETS ? c.env.ASSETS.fetch(c.req.raw) : c.text("Not found", 404);
});

app.onError((err, c) => {
  if (err instanceof Problem) {
    const res = problemResponse(err);
    // Every 401 says how to authenticate; throw sites that know better name their own challenge.
    if (res.status === 401 && !res.headers.has("www-authenticate"))
      res.headers.set("www-authenticate", defaultChallenge(c.req.header("authorization")));
    return res;
  }
  if (err instanceof HTTPException) {
    const detail =
      err.status === 403 ? "Cross-site request refused." : err.message || "The request was refused.";
    return problemResponse(new Problem(err.status, detail));
  }
  // Never a stack trace to the client; the log keeps it.
  console.error(`${c.req.method} ${c.req.path}`, err);
  return problemResponse(new Problem(500, "Something went wrong on our side."));
});
