import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import { t } from "../../lib/i18n.ts";

const sections = ["invitations", "import", "participation"] as const;
const tabKey = {
  invitations: "survey.fieldwork.tab.invitations",
  import: "survey.fieldwork.tab.import",
  participation: "survey.fieldwork.tab.participation",
} as const;

/** The way from a round in a list to its fieldwork: invitations, import and participation. */
export function FieldworkLinks(props: { round: Round }) {
  const shown = () =>
    sections.filter((s) =>
      s === "import" ? props.round.status === "open" : s === "invitations" || props.round.status !== "draft",
    );
  return (
    <Show when={props.round.status !== "published"}>
      <span class="item__meta fieldwork-links">
        {t("survey.fieldwork.links")}{" "}
        <For each={shown()}>
          {(section, i) => (
            <>
              {i() > 0 ? " · " : ""}
              <A
                href={`/rounds/${props.round.id}/${section}`}
                aria-label={`${t(tabKey[section])}: ${props.round.label}`}
              >
                {t(tabKey[section])}
              </A>
            </>
          )}
        </For>
      </span>
    </Show>
  );
}
