/**
 * Pieces of the presenter screens (a projector at the front of a room): the join code small in a
 * corner, a wall of statements and a ranking in type that reads from the back row, and the
 * facilitator's keys. The screens hear of changes over the workshop's live room (live.ts), and
 * poll every second while it cannot be reached (updates within 2 s of a ballot either way).
 */
import { For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { MIN_BALLOTS_FOR_ROBUSTNESS } from "../../../../shared/ranking/robustness.ts";
import type { Results } from "../../../../shared/schemas/workshop.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { ApiError } from "../../lib/api.ts";
import { fmtNumber, t, tp } from "../../lib/i18n.ts";
import { QrCode } from "./qr-code.tsx";
import { rankLabel } from "./results-chart.tsx";
import { chanceText, stabilityText } from "./robustness-text.ts";
import { joinUrl } from "./workshops-data.ts";
import "./presenter.css";

/** The presenter screens poll this often (ms). */
export const PRESENT_EVERY = 1000;

export function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** Keys for the facilitator; ignored while typing in a field. */
export function usePresenterKeys(handlers: Record<string, () => void>): void {
  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const handler = handlers[event.key.toLowerCase()];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener("keydown", onKey);
    onCleanup(() => document.removeEventListener("keydown", onKey));
  });
}

/** The screen's frame: a heading line with figures, the content, the code in a corner. */
export function PresenterFrame(props: {
  title: string;
  figures?: JSX.Element;
  code?: string | null;
  keys: string;
  /** Phones following the workshop live, where known. */
  phones?: number | null;
  /** Whether the live room's socket is open (else the screen polls); for tests and the curious. */
  live?: boolean;
  children: JSX.Element;
}) {
  return (
    // A div over the page, not a main of its own: it sits inside the shell's main landmark.
    <div class="presenter" data-live={props.live ? "socket" : "poll"}>
      <header class="presenter__head">
        <PageTitle text={props.title}>{props.title}</PageTitle>
        <div class="presenter__figures" role="status">
          {props.figures}
          <Show when={typeof props.phones === "number"}>
            <span data-phones={props.phones}>{tp("workshops.present.phones", props.phones ?? 0)}</span>
          </Show>
        </div>
      </header>
      <div class="presenter__body">{props.children}</div>
      <Show when={props.code}>{(code) => <JoinCorner code={code()} />}</Show>
      <p class="presenter__keys">{props.keys}</p>
    </div>
  );
}

function JoinCorner(props: { code: string }) {
  const url = () => joinUrl(props.code);
  return (
    <aside
      class="presenter__join"
      aria-label={t("workshops.join.codeIs", { code: props.code.split("").join(" ") })}
    >
      <QrCode class="presenter__qr" text={url()} label={t("workshops.join.qrLabel", { url: url() })} />
      <div>
        <p class="presenter__join-at">{t("workshops.present.joinAt", { address: `${location.host}/j` })}</p>
        <p class="presenter__code" data-join-code={props.code}>
          {props.code}
        </p>
      </div>
    </aside>
  );
}

/** Shown instead of the screen when it cannot load: signed out, no access, or offline. */
export function PresenterFailure(props: { error: unknown; notFound: string }) {
  const signedOut = () => props.error instanceof ApiError && props.error.status === 401;
  return (
    <div class="presenter presenter--message">
      <p role="alert">{signedOut() ? t("workshops.present.signIn") : props.notFound}</p>
      <Show when={signedOut()}>
        <p>
          <a class="button" href="/login">
            {t("login.submit")}
          </a>
        </p>
      </Show>
    </div>
  );
}

/** The ranking as the room sees it: every statement on one screen, large, with its score bar. */
export function PresenterRanking(props: { results: Results; closed: boolean }) {
  const rows = () => props.results.statements;
  // Below the ballots a chance needs, the rows say nothing and the line under them says why.
  const chance = (p: number) =>
    props.results.ballots >= MIN_BALLOTS_FOR_ROBUSTNESS ? chanceText(p, props.results.ballots) : "";
  return (
    <>
      <ol
        class="presenter-ranking"
        style={{ "--rows": String(Math.max(5, rows().length)) }}
        data-ballots={props.results.ballots}
        data-closed={props.closed}
      >
        <For each={rows()}>
          {(s) => (
            <li
              class="presenter-ranking__row"
              classList={{ "presenter-ranking__row--top": props.results.ballots > 0 && s.rank <= 3 }}
              data-statement={s.id}
            >
              <span class="presenter-ranking__rank">{rankLabel(s)}</span>
              <div class="presenter-ranking__main">
                <p class="presenter-ranking__text">{s.text}</p>
                <div class="presenter-ranking__bar" aria-hidden="true">
                  <div style={{ width: `${Math.max(0.5, s.score)}%` }} />
                </div>
              </div>
              <span class="presenter-ranking__score">
                {props.results.ballots > 0 ? fmtNumber(s.score, 0) : ""}
              </span>
              <span class="presenter-ranking__chance">
                {props.results.ballots > 0 ? chance(s.pTop3) : ""}
              </span>
            </li>
          )}
        </For>
      </ol>
      <Show when={stabilityText(props.results)}>
        {(text) => <p class="presenter-ranking__note">{text()}</p>}
      </Show>
    </>
  );
}
