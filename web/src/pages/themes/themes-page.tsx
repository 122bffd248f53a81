import { A, createAsync, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { t, tp } from "../../lib/i18n.ts";
import { LibraryNav } from "../seminars/library-nav.tsx";
import { homeNetworkId } from "../seminars/scope.ts";
import { useScales } from "./theme-tags.tsx";
import { getThemes, inLocale, scaleName, themesForScale } from "./themes-data.ts";
import "./themes.css";

/**
 * The nine themes of the guidance for contact centres. With `?scale=<key>` (the report's link
 * from an attention point) only the themes that help with that scale, the most direct first.
 */
export default function ThemesPage() {
  const [search] = useSearchParams();
  const scaleKey = () => {
    const v = search.scale;
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const themes = createAsync(() => getThemes());
  const scales = useScales(homeNetworkId);
  const shown = () => {
    const all = themes() ?? [];
    const key = scaleKey();
    return key ? themesForScale(all, key) : all;
  };
  const title = () =>
    scaleKey()
      ? t("seminars.themes.forScaleTitle", { scale: scaleName(scales(), scaleKey() ?? "") })
      : t("seminars.themes.title");

  return (
    <>
      <PageTitle text={title()}>{title()}</PageTitle>
      <LibraryNav networkId={homeNetworkId()} />
      <p class="lead">{scaleKey() ? t("seminars.themes.forScaleIntro") : t("seminars.themes.intro")}</p>
      <Show when={scaleKey()}>
        <p>
          <A href="/themes">{t("seminars.themes.all")}</A>
        </p>
      </Show>
      <AsyncView page>
        <Show when={themes()}>
          <Show
            when={shown().length > 0}
            fallback={<p class="notice">{t("seminars.themes.noneForScale")}</p>}
          >
            <Show when={scaleKey()}>
              <p role="status">{tp("seminars.themes.count", shown().length)}</p>
            </Show>
            <ol class="theme-list">
              <For each={shown()}>
                {(theme) => (
                  <li class="card theme-card">
                    <h2 class="theme-card__title">
                      <A href={`/themes/${theme.key}`}>
                        {theme.number}. {inLocale(theme.title)}
                      </A>
                    </h2>
                    <p>{inLocale(theme.purpose)}</p>
                    <p class="muted theme-card__scales">
                      {t("seminars.themes.relatedScales")}:{" "}
                      {theme.scaleKeys.map((k) => scaleName(scales(), k)).join(", ")}
                    </p>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Show>
      </AsyncView>
    </>
  );
}
