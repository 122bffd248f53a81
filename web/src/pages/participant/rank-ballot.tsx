import { createSignal } from "solid-js";
import type { BallotBody, VoteView } from "../../../../shared/schemas/workshop.ts";
import { t } from "../../lib/i18n.ts";
import { loadBallot, shuffled, updateBallot } from "./ballot-store.ts";
import { ReorderList } from "./reorder-list.tsx";

/** Rank all: the pair puts every statement in order, the most important first. */
export function RankBallot(props: { code: string; view: VoteView; onSubmit: (body: BallotBody) => void }) {
  const ids = props.view.statements.map((s) => s.id);
  const saved = loadBallot(props.code).draft?.order;
  // A saved order is used only if it still holds exactly this session's statements.
  const start =
    saved && saved.length === ids.length && ids.every((id) => saved.includes(id)) ? saved : shuffled(ids);
  const [order, setOrder] = createSignal<string[]>(start);
  const textOf = (id: string) => props.view.statements.find((s) => s.id === id)?.text ?? "";

  const reorder = (next: string[]) => {
    setOrder(next);
    updateBallot(props.code, { draft: { order: next } });
  };

  return (
    <form
      class="ballot"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit({ ranking: order() });
      }}
    >
      <h2 id="ballot-heading">{t("workshops.ballot.rankTitle")}</h2>
      <p id="ballot-help" class="field__hint">
        {t("workshops.ballot.rankHelp")}
      </p>
      <p class="ballot__ends" aria-hidden="true">
        {t("workshops.ballot.mostImportant")}
      </p>
      <ReorderList
        ids={order()}
        textOf={textOf}
        onReorder={reorder}
        labelledBy="ballot-heading"
        describedBy="ballot-help"
      />
      <p class="ballot__ends" aria-hidden="true">
        {t("workshops.ballot.leastImportant")}
      </p>
      <button type="submit" class="button button--wide">
        {t("workshops.ballot.sendRanking")}
      </button>
    </form>
  );
}
