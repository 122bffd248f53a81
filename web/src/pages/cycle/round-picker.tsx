import { For, Show } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import { t } from "../../lib/i18n.ts";

/** Links to the same page for another round, the one shown marked as current. */
export function RoundPicker(props: {
  rounds: readonly Round[];
  currentId: string;
  href: (roundId: string) => string;
}) {
  return (
    <Show when={props.rounds.length > 1}>
      <nav class="round-picker" aria-label={t("seminars.cycle.rounds")}>
        <span>{t("seminars.cycle.rounds")}:</span>
        <ul class="inline-list">
          <For each={props.rounds}>
            {(r) => (
              <li>
                {/* A plain link: the router's <A> would mark every round current (it compares paths only). */}
                <a href={props.href(r.id)} aria-current={r.id === props.currentId ? "page" : undefined}>
                  {r.label}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </Show>
  );
}
