/** The room section of bench/BENCHMARKS.md: ballot to projector, socket and polling side by side. */
import { provenance, type RunInfo } from "../sections.ts";
import { PRICES, type RoomCostRun, roomCost } from "./room-cost.ts";
import type { RoomLatencyRun } from "./room-latency.ts";

const ms = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(0));

export function roomMarkdown(run: RoomLatencyRun, cost: RoomCostRun, info: RunInfo): string {
  const perMode = run.ballotsPosted / 2;
  const row = (name: string, l: RoomLatencyRun["socket"]) =>
    `| ${name} | ${l.samples.length} | ${ms(l.median)} | ${ms(l.p99)} | ${ms(l.max)} | ${l.reads} |`;
  return `## Ballot to projector in a room of ${run.phones} phones (local workerd)

${provenance(info, "bench/run.ts, bench/http/room-latency.ts, bench/http/room-cost.ts")}

Server: a throw-away \`wrangler dev\` (local workerd with the workshop rooms' Durable Object and a
local D1; bench/http/server.ts), client and server on the same machine. ${run.phones} simulated
phones each hold a WebSocket to the workshop's room throughout and send one ballot per round
through the API (\`POST /api/v1/vote/{code}/ballots\`), 300 ± 100 ms apart so that ballots do
not overlap; ${run.rounds} rounds of each way, alternating which goes first; ${perMode} ballots each way.
The projector is a client that reads \`GET /api/v1/voting-sessions/{id}/results\` as the presenter
page does: on the room's "changed" message (socket), or every second (polling, the fallback when
no WebSocket opens). Latency: from just before a ballot's POST until the projector holds a count
that includes it. The phones' sockets here are the presenter's kind (they hear every change, so
this is the fan-out's worst case); the app's phones hear only stage and session changes. Run in ${run.seconds.toFixed(0)} s.

| way | ballots | median (ms) | p99 (ms) | max (ms) | result reads |
| --- | ---: | ---: | ---: | ---: | ---: |
${row("WebSocket (live room)", run.socket)}
${row("polling every second", run.poll)}

Fan-out: from just before a ballot's POST until each phone's socket has the room's message,
median ${ms(run.fanout.median)} ms, p99 ${ms(run.fanout.p99)} ms over ${run.fanout.messages} messages.

Polling's latency is about half its period plus a read, whatever the room does; the socket's is
one write, one message and one read. Polling also reads once a second whether or not anything
changed (its reads above are the rounds' seconds), where the socket reads once per change.

${costMarkdown(cost)}`;
}

const usd = (x: number) => `$${x.toFixed(6)}`;
const n0 = (x: number) => x.toLocaleString("en", { maximumFractionDigits: 0 });

function costMarkdown(run: RoomCostRun): string {
  const m = run.meter;
  const c = roomCost(run);
  const w = run.writes;
  return `### What a room costs on Cloudflare, per workshop hour (measured)

A workshop hour played through the API against the same server, ${run.compress}× compressed (it ran
in ${run.seconds.toFixed(0)} s; bench/http/room-cost.ts): a facilitator's screen and the projector hold
the workshop's socket throughout; ${run.phones} phones join in the first 3 minutes, each with its own
socket by the join code (\`/api/v1/join/{code}/live\`), pinging every 25 s as the pages do; ${w.statements}
statements from the phones in minutes 2–15; condensing in 15–30 (${w.moderation} short-list statements
and hides); three voting sessions, each opened, given ${run.phones} ballots over 4 minutes and
closed; 10 phones lose and regain their socket on the way; ${w.stages} stage changes; all leave at
minute 60. With \`ROOM_METER=1\` (a \`wrangler dev --var\`, never set in wrangler.toml) the Worker and
the object log each billable event (api/rooms/meter.ts); the counts below are those lines.

| billed item (Cloudflare's terms) | counted in the hour |
| --- | ---: |
| requests: WebSocket upgrades forwarded to the object | ${m.upgrades} |
| requests: \`changed()\` RPC calls (one per write) | ${m.changed} |
| incoming messages that reached the object (billed at 20:1) | ${m.messages} |
| closes that reached the object (counted as messages, to be safe) | ${m.closes} |
| pings sent by the clients (auto-answered by the runtime, never reach the object) | ${n0(run.pingsSent)} |
| messages the object sent (outgoing: not billed) | ${m.framesSent} |
| object starts (constructor runs: first start and wake-ups from hibernation) | ${m.wakes} |
| time in calls to the object, as the Worker timed them (s) | ${c.activeSeconds.toFixed(3)} |

Per call to the object (round trip as the Worker sees it): median ${c.callMs.median.toFixed(0)} ms,
p99 ${c.callMs.p99.toFixed(0)} ms, max ${c.callMs.max.toFixed(0)} ms (workerd's clock moves only across
I/O, so the object cannot time its own handlers; the Worker's round trip includes the hop to the
object and back, so it bounds the object's active time from above). The object is billed for
duration only while it runs a handler or waits on I/O in one: between events it holds only
hibernatable sockets and is "idle and eligible for hibernation", which Cloudflare does not bill
even before it is evicted. The idle minutes of the hour therefore cost nothing, whether or not
local workerd evicts the object (it started ${m.wakes} time${m.wakes === 1 ? "" : "s"} here).

Prices: Cloudflare Durable Objects pricing, Workers Paid plan
(https://developers.cloudflare.com/durable-objects/platform/pricing/, read 2026-12-06): requests
$${PRICES.perMillionRequests} per million after ${n0(PRICES.includedRequests)} a month included (HTTP
requests, each RPC method call, incoming WebSocket messages at a 20:1 ratio; outgoing messages,
protocol pings and \`setWebSocketAutoResponse\` replies are not charged); duration
$${PRICES.perMillionGbSeconds.toFixed(2)} per million GB-s after ${n0(PRICES.includedGbSeconds)} GB-s included, an object
counted at 128 MB, billed as wall-clock time while it is active or idle but unable to hibernate.

- requests: ${m.upgrades} + ${m.changed} + (${m.messages} + ${m.closes}) ÷ 20 = **${c.requests.toFixed(1)}**, ${usd(c.requestsUsd)};
- duration: ${c.activeSeconds.toFixed(3)} s × 0.128 GB = **${c.gbSeconds.toFixed(4)} GB-s**, ${usd(c.durationUsd)};
- so **${usd(c.totalUsd)} per workshop hour** beyond the monthly allowances, which by themselves cover
  about ${n0(c.hoursIncluded)} such hours a month. The polling fallback would cost the projector alone
  3,600 Worker requests and as many D1 reads an hour.

To check it against a real bill: Cloudflare's Durable Objects metrics give requests and GB-s per
namespace (ROOMS); divide by the workshop hours held.
`;
}
