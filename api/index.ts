import { app } from "./app.ts";

export default app satisfies ExportedHandler<import("./env.ts").Bindings>;
