import { createRouter } from "../../lib/router.ts";

export const importsRoutes = createRouter();
