import { createRouter } from "../../lib/router.ts";

export const surveyRoutes = createRouter();
