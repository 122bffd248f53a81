import { Show } from "solid-js";
import { colours, type LightName, lightColour, lightPath } from "../../charts/palette.ts";
import { t } from "../../lib/i18n.ts";

/** A light as its shape and its word, so that it never depends on colour alone. */
export function LightMark(props: { light: LightName | null }) {
  return (
    <Show when={props.light} fallback={<span class="muted">–</span>}>
      {(light) => (
        <span class={`light light--${light()}`}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path
              d={lightPath(light(), 11)}
              fill={lightColour[light()]}
              stroke={colours.ink}
              stroke-width="0.8"
            />
          </svg>
          <span class="light__word">{t(`results.light.${light()}`)}</span>
        </span>
      )}
    </Show>
  );
}
