import { createSignal, Show } from "solid-js";
import type { BallotBody, VoteView } from "../../../../shared/schemas/workshop.ts";
import { t, tp } from "../../lib/i18n.ts";
import { loadBallot, shuffled, updateBallot } from "./ballot-store.ts";

/** Every pair of statements once, in random order, each side at random. */
function allPairs(ids: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      pairs.push((crypto.getRandomValues(new Uint8Array(1))[0] ?? 0) % 2 ? [a, b] : [b, a]);
    }
  return shuffled(pairs);
}

const SKIP = "skip";

/**
 * Pairwise: two statements at a time, the pair taps the one that matters more (or skips); all
 * pairs (21 for 7 statements) in random order, then a summary and send. "Back" changes the last
 * choice.
 */
export function PairwiseBallot(props: {
  code: string;
  view: VoteView;
  onSubmit: (body: BallotBody) => void;
}) {
  const ids = props.view.statements.map((s) => s.id);
  const draft = loadBallot(props.code).draft;
  const known = new Set(ids);
  const savedPairs = draft?.pairs;
  const fits =
    savedPairs &&
    savedPairs.length === (ids.length * (ids.length - 1)) / 2 &&
    savedPairs.every(([a, b]) => known.has(a) && known.has(b));
  const pairs = fits ? savedPairs : allPairs(ids);
  const [choices, setChoices] = createSignal<Record<number, string>>(fits ? (draft?.choices ?? {}) : {});
  const [at, setAt] = createSignal(fits ? Math.min(draft?.at ?? 0, pairs.length) : 0);
  const [empty, setEmpty] = createSignal(false);
  const textOf = (id: string) => props.view.statements.find((s) => s.id === id)?.text ?? "";
  let first: HTMLButtonElement | undefined;
  let summary: HTMLHeadingElement | undefined;

  const save = () => updateBallot(props.code, { draft: { pairs, choices: choices(), at: at() } });
  const choose = (winner: string) => {
    setChoices((c) => ({ ...c, [at()]: winner }));
    setAt(at() + 1);
    setEmpty(false);
    save();
    queueMicrotask(() => (at() < pairs.length ? first : summary)?.focus());
  };
  const back = () => {
    setAt(Math.max(0, at() - 1));
    save();
    queueMicrotask(() => first?.focus());
  };
  const comparisons = () =>
    pairs.flatMap(([a, b], i) => {
      const winner = choices()[i];
      if (!winner || winner === SKIP) return [];
      return [{ winner, loser: winner === a ? b : a }];
    });
  const skipped = () => Object.values(choices()).filter((c) => c === SKIP).length;
  const pair = () => pairs[at()];

  return (
    <div class="ballot ballot--pairwise">
      <h2 id="ballot-heading">{t("workshops.ballot.pairTitle")}</h2>
      <Show
        when={pair()}
        fallback={
          <form
            class="pair-summary"
            onSubmit={(event) => {
              event.preventDefault();
              if (comparisons().length === 0) {
                setEmpty(true);
                return;
              }
              props.onSubmit({ comparisons: comparisons() });
            }}
          >
            <h3 ref={summary} tabindex="-1">
              {t("workshops.ballot.pairsDone")}
            </h3>
            <p>
              {tp("workshops.ballot.chosen", comparisons().length)}{" "}
              {tp("workshops.ballot.skipped", skipped())}
            </p>
            <Show when={empty()}>
              <p class="message message--error" role="alert">
                {t("workshops.ballot.noChoices")}
              </p>
            </Show>
            <div class="button-row">
              <button type="submit" class="button button--wide">
                {t("workshops.ballot.sendChoices")}
              </button>
              <button type="button" class="button button--secondary" onClick={back}>
                {t("workshops.ballot.back")}
              </button>
            </div>
          </form>
        }
      >
        {(p) => (
          <>
            <p class="pair-progress" aria-live="polite">
              {t("workshops.ballot.pairOf", { n: at() + 1, of: pairs.length })}
            </p>
            <fieldset class="pair">
              <legend class="pair__question">{t("workshops.ballot.pairQuestion")}</legend>
              <button ref={first} type="button" class="pair__option" onClick={() => choose(p()[0])}>
                {textOf(p()[0])}
              </button>
              <span class="pair__or" aria-hidden="true">
                {t("workshops.ballot.or")}
              </span>
              <button type="button" class="pair__option" onClick={() => choose(p()[1])}>
                {textOf(p()[1])}
              </button>
            </fieldset>
            <div class="button-row pair-tools">
              <button type="button" class="button button--secondary" onClick={() => choose(SKIP)}>
                {t("workshops.ballot.skip")}
              </button>
              <Show when={at() > 0}>
                <button type="button" class="button button--quiet" onClick={back}>
                  {t("workshops.ballot.back")}
                </button>
              </Show>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}
