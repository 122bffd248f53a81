import { getTheme, themes, themesForScale } from "../../../shared/themes/index.ts";
import { notFound } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./themes.routes.ts";

/** Themes are fixed content shipped with the code: public, and cacheable for an hour. */
const CACHE = "public, max-age=3600";

export const themesRoutes = createRouter()
  .openapi(routes.list, (c) => {
    c.header("cache-control", CACHE);
    return c.json([...themes], 200);
  })
  .openapi(routes.get, (c) => {
    const theme = getTheme(c.req.valid("param").key);
    if (!theme) throw notFound("Theme");
    c.header("cache-control", CACHE);
    return c.json(theme, 200);
  })
  .openapi(routes.forScale, (c) => {
    c.header("cache-control", CACHE);
    return c.json(themesForScale(c.req.valid("param").scaleKey), 200);
  });
