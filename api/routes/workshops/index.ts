import { createRouter } from "../../lib/router.ts";
import { liveRoutes } from "./live.handlers.ts";
import { participantRoutes } from "./participant.handlers.ts";
import { votingRoutes } from "./voting.handlers.ts";
import { workshopRoutes } from "./workshops.handlers.ts";

/**
 * Job-satisfaction workshops: the facilitator's series and statements, voting sessions with their
 * results, and the participants' join-code routes.
 */
export const workshopsRoutes = createRouter()
  .route("/", workshopRoutes)
  .route("/", votingRoutes)
  .route("/", participantRoutes)
  .route("/", liveRoutes);
