import { createRouter } from "../../lib/router.ts";

export const participationRoutes = createRouter();
