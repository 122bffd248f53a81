import { createSignal, For, Show } from "solid-js";
import type { BallotBody, VoteView } from "../../../../shared/schemas/workshop.ts";
import { t, tp } from "../../lib/i18n.ts";
import { loadBallot, shuffled, updateBallot } from "./ballot-store.ts";
import { ReorderList } from "./reorder-list.tsx";

/**
 * A ranking ballot, of all the statements or of the top N: it starts unranked (the statements in
 * this phone's own random order, none numbered), the pair taps them in order of importance and
 * may then move them; it can be sent only once every place is chosen. A ballot nobody touched is
 * never sent.
 */
export function TopBallot(props: { code: string; view: VoteView; onSubmit: (body: BallotBody) => void }) {
  const ids = props.view.statements.map((s) => s.id);
  const places = props.view.places;
  const all = places >= ids.length;
  // Touch screens get touch words; the keyboard's keys are for those with a keyboard.
  const touch = typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
  const help = () =>
    all
      ? t(touch ? "workshops.ballot.rankHelp" : "workshops.ballot.rankHelpKeys")
      : t(touch ? "workshops.ballot.topHelp" : "workshops.ballot.topHelpKeys", { n: places });
  const draft = loadBallot(props.code).draft;
  const savedOrder = draft?.order;
  const pool =
    savedOrder && savedOrder.length === ids.length && ids.every((id) => savedOrder.includes(id))
      ? savedOrder
      : shuffled(ids);
  const [picks, setPicks] = createSignal<string[]>(
    (draft?.picks ?? []).filter((id) => ids.includes(id)).slice(0, places),
  );
  const [incomplete, setIncomplete] = createSignal(false);
  const textOf = (id: string) => props.view.statements.find((s) => s.id === id)?.text ?? "";
  const save = (next: string[]) => {
    setPicks(next);
    setIncomplete(false);
    updateBallot(props.code, { draft: { order: pool, picks: next } });
  };
  let submit: HTMLButtonElement | undefined;
  const unpicked = () => pool.filter((id) => !picks().includes(id));

  return (
    <form
      class="ballot"
      onSubmit={(event) => {
        event.preventDefault();
        if (picks().length !== places) {
          setIncomplete(true);
          return;
        }
        props.onSubmit({ ranking: picks() });
      }}
    >
      <h2 id="ballot-heading">
        {all ? t("workshops.ballot.rankTitle") : t("workshops.ballot.topTitle", { n: places })}
      </h2>
      <p id="ballot-help" class="field__hint">
        {help()}
      </p>
      <h3 id="order-heading">{t("workshops.ballot.yourOrder")}</h3>
      <Show
        when={picks().length > 0}
        fallback={<p class="ballot__empty muted">{t("workshops.ballot.notChosenYet")}</p>}
      >
        <ReorderList
          ids={picks()}
          textOf={textOf}
          onReorder={save}
          labelledBy="order-heading"
          describedBy="ballot-help"
          extra={(id) => (
            <button
              type="button"
              class="button button--quiet button--small reorder-item__remove"
              aria-label={t("workshops.ballot.unpickLabel", { text: textOf(id) })}
              onClick={() => save(picks().filter((x) => x !== id))}
            >
              {t("workshops.ballot.unpick")}
            </button>
          )}
        />
      </Show>
      <p id="ballot-count" class="ballot__count" aria-live="polite">
        {picks().length < places
          ? tp("workshops.ballot.pickMore", places - picks().length)
          : t("workshops.ballot.picksDone", { n: places })}
      </p>
      <h3 id="pool-heading">{t("workshops.ballot.pool")}</h3>
      <ul class="pick-pool" aria-labelledby="pool-heading">
        <For each={unpicked()}>
          {(id) => (
            <li class="pick-item">
              <span>{textOf(id)}</span>
              <button
                type="button"
                class="button button--secondary button--small"
                disabled={picks().length >= places}
                aria-label={t("workshops.ballot.pickLabel", { text: textOf(id), place: picks().length + 1 })}
                onClick={() => {
                  save([...picks(), id]);
                  // The row left the pool: the keyboard goes on to the next choice, or to sending.
                  queueMicrotask(() =>
                    (
                      document.querySelector<HTMLButtonElement>(".pick-pool button:not(:disabled)") ?? submit
                    )?.focus(),
                  );
                }}
              >
                {t("workshops.ballot.pick")}
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={incomplete()}>
        <p class="message message--error" role="alert">
          {t("workshops.ballot.chooseAll")}
        </p>
      </Show>
      <button
        ref={submit}
        type="submit"
        class="button button--wide"
        disabled={picks().length !== places}
        aria-describedby="ballot-count"
      >
        {t("workshops.ballot.sendRanking")}
      </button>
    </form>
  );
}
