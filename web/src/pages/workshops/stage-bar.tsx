import { For, Show } from "solid-js";
import type { WorkshopStage } from "../../../../shared/schemas/workshop.ts";
import { t } from "../../lib/i18n.ts";
import { stages } from "./workshops-data.ts";

/**
 * The five stages as steps: the workshop's current stage is marked (in words too, not by colour
 * alone), earlier ones are done, and each can be looked at; moving the workshop on is a button
 * beside it.
 */
export function StageBar(props: { workshopId: string; stage: WorkshopStage; viewed: WorkshopStage }) {
  const current = () => stages.indexOf(props.stage);
  return (
    <nav class="stage-bar" aria-label={t("workshops.stages.nav")}>
      <ol>
        <For each={stages}>
          {(stage, i) => (
            <li
              classList={{
                "stage-bar__step": true,
                "stage-bar__step--done": i() < current(),
                "stage-bar__step--current": i() === current(),
              }}
            >
              {/* A plain link: the router's <A> would mark every step current (same path). */}
              <a
                href={`/workshops/${props.workshopId}?view=${stage}`}
                aria-current={props.viewed === stage ? "page" : undefined}
                data-stage={stage}
              >
                <span class="stage-bar__number" aria-hidden="true">
                  {i() < current() ? "✓" : i() + 1}
                </span>
                <span class="stage-bar__label">{t(`workshops.stage.${stage}`)}</span>
                <Show when={i() === current()}>
                  <span class="stage-bar__now">{t("workshops.stages.now")}</span>
                </Show>
                <Show when={i() < current()}>
                  <span class="visually-hidden"> ({t("workshops.stages.done")})</span>
                </Show>
              </a>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}
