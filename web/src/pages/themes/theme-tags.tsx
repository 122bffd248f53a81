import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { t } from "../../lib/i18n.ts";
import { getNetworkScales, getThemes, scaleName, themeTitle } from "./themes-data.ts";
import "./theme-tags.css";

/** Names of a network's scales, loaded quietly: without them the keys still read. */
export function useScales(networkId: () => string | null | undefined) {
  return createAsync(async () => {
    const id = networkId();
    return id ? getNetworkScales(id).catch(() => undefined) : undefined;
  });
}

export function useThemes() {
  return createAsync(() => getThemes().catch(() => undefined));
}

/**
 * The theme and scales a contribution, practice or meeting is tied to: the theme links to its
 * page, each scale to the themes that help with it.
 */
export function ThemeAndScales(props: {
  themeKey: string | null;
  scaleKeys: readonly string[];
  networkId: string | null | undefined;
}) {
  const themes = useThemes();
  const scales = useScales(() => props.networkId);
  return (
    <Show when={props.themeKey || props.scaleKeys.length > 0}>
      <div class="tags">
        <Show when={props.themeKey}>
          {(key) => (
            <span class="tags__theme">
              {t("seminars.tags.theme")}{" "}
              <A href={`/themes/${encodeURIComponent(key())}`}>{themeTitle(themes(), key())}</A>
            </span>
          )}
        </Show>
        <Show when={props.scaleKeys.length > 0}>
          <span class="tags__label">{t("seminars.tags.scales")}</span>
          <ul class="tag-list">
            <For each={props.scaleKeys}>
              {(key) => (
                <li>
                  <A
                    href={`/themes?scale=${encodeURIComponent(key)}`}
                    aria-label={t("seminars.tags.scaleThemes", { scale: scaleName(scales(), key) })}
                  >
                    {scaleName(scales(), key)}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </Show>
  );
}
