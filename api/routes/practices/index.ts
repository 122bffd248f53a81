import { createRouter } from "../../lib/router.ts";

export const practicesRoutes = createRouter();
