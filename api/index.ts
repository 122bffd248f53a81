import { app } from "./app.ts";

export { WorkshopRoom } from "./rooms/workshop-room.ts";

export default app satisfies ExportedHandler<import("./env.ts").Bindings>;
