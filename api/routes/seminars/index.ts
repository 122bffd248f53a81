import { createRouter } from "../../lib/router.ts";

export const seminarsRoutes = createRouter();
