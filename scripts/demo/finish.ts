/** Usage: tsx scripts/demo/finish.ts [BASE_URL]; see finish-rounds.ts. */
import { finishDemoRounds } from "./finish-rounds.ts";

await finishDemoRounds(process.argv[2] ?? "http://127.0.0.1:8787");
