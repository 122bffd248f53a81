import type { Principal } from "./lib/principal.ts";
import type { WorkshopRoom } from "./rooms/workshop-room.ts";

/** Bindings of the Worker (wrangler.toml). Read only through this type. */
export interface Bindings {
  DB: D1Database;
  ASSETS?: Fetcher;
  SESSION_SECRET: string;
  /** One Durable Object per workshop for its live screens (api/rooms); absent, screens poll. */
  ROOMS?: DurableObjectNamespace<WorkshopRoom>;
  /** "1" only in the room benchmark: the rooms log what is billed (api/rooms/meter.ts). */
  ROOM_METER?: string;
}

export interface Variables {
  /** Who is calling; set by the auth middleware, null for anonymous callers. */
  principal: Principal | null;
  /** A cookie session that should be re-issued on the response (renewal). */
  renewedCookie?: string;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
