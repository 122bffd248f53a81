import { createRouter } from "../../lib/router.ts";

export const themesRoutes = createRouter();
