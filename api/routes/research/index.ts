import { createRouter } from "../../lib/router.ts";

export const researchRoutes = createRouter();
