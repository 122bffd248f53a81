/** The room section of bench/BENCHMARKS.md: ballot to projector, socket and polling side by side. */
import { provenance, type RunInfo } from "../sections.ts";
import type { RoomLatencyRun } from "./room-latency.ts";

const ms = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(0));

export function roomMarkdown(run: RoomLatencyRun, info: RunInfo): string {
  const perMode = run.ballotsPosted / 2;
  const row = (name: string, l: RoomLatencyRun["socket"]) =>
    `| ${name} | ${l.samples.length} | ${ms(l.median)} | ${ms(l.p99)} | ${ms(l.max)} | ${l.reads} |`;
  return `## Ballot to projector in a room of ${run.phones} phones (local workerd)

${provenance(info, "bench/run.ts, bench/http/room-latency.ts")}

Server: a throw-away \`wrangler dev\` (local workerd with the workshop rooms' Durable Object and a
local D1; bench/http/server.ts), client and server on the same machine. ${run.phones} simulated
phones each hold a WebSocket to the workshop's room throughout and send one ballot per round
through the API (\`POST /api/v1/vote/{code}/ballots\`), 300 ± 100 ms apart so that ballots do
not overlap; ${run.rounds} rounds of each way, alternating which goes first; ${perMode} ballots each way.
The projector is a client that reads \`GET /api/v1/voting-sessions/{id}/results\` as the presenter
page does: on the room's "changed" message (socket), or every second (polling, the fallback when
no WebSocket opens). Latency: from just before a ballot's POST until the projector holds a count
that includes it. In the app today only the presenter screens open a socket; the phones' sockets
here stand for a room where phones hold one too (the cost below counts them). Run in ${run.seconds.toFixed(0)} s.

| way | ballots | median (ms) | p99 (ms) | max (ms) | result reads |
| --- | ---: | ---: | ---: | ---: | ---: |
${row("WebSocket (live room)", run.socket)}
${row("polling every second", run.poll)}

Fan-out: from just before a ballot's POST until each phone's socket has the room's message,
median ${ms(run.fanout.median)} ms, p99 ${ms(run.fanout.p99)} ms over ${run.fanout.messages} messages.

Polling's latency is about half its period plus a read, whatever the room does; the socket's is
one write, one message and one read. Polling also reads once a second whether or not anything
changed (its reads above are the rounds' seconds), where the socket reads once per change.

### What a room costs on Cloudflare, per workshop hour

Not measurable locally (workerd has no billing); estimated from the counts above and the Durable
Objects price list (Workers Paid: requests $0.15 per million after 1 million a month, duration
$12.50 per million GB-s after 400,000 GB-s, an object billed at 128 MB while it runs; incoming
WebSocket messages billed as requests at 20:1; outgoing messages free; an object idle with only
hibernatable sockets open is not billed for duration). Per hour of one workshop:

- requests = sockets opened (the upgrades) + one RPC \`changed()\` per write (ballot, statement,
  hide, stage or session change) + incoming pings ÷ 20. A room of 40 phones and a projector that
  stay an hour: 41 upgrades, about 230 writes (3 sessions of 40 ballots, 100 statements, a few
  stage changes), 41 × 144 pings (one per 25 s) ÷ 20 ≈ 295; about 570 requests, **$0.00009**;
- duration = writes × the time one \`changed()\` keeps the object awake × 0.125 GB. The handler
  sends 41 short frames; even at a generous 50 ms each, 230 × 0.05 s × 0.125 GB ≈ 1.4 GB-s,
  **$0.00002**;
- so about **$0.0001 per workshop hour**, and nothing while the room is idle; the monthly
  allowances cover some 1,700 such hours before anything is billed. For comparison, the polling
  fallback costs the projector 3,600 Worker requests and as many D1 reads an hour, changes or not.

To check it against a real bill: Cloudflare's Durable Objects metrics give requests and
GB-s per namespace (ROOMS); divide by the workshop hours held.
`;
}
