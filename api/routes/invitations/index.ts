import { createRouter } from "../../lib/router.ts";

export const invitationsRoutes = createRouter();
