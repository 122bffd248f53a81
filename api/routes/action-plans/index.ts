import { createRouter } from "../../lib/router.ts";

export const actionPlansRoutes = createRouter();
