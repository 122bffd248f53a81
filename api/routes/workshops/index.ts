import { createRouter } from "../../lib/router.ts";

export const workshopsRoutes = createRouter();
