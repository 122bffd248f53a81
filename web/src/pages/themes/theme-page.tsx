import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Theme } from "../../../../shared/themes/schema.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { t } from "../../lib/i18n.ts";
import { LibraryNav } from "../seminars/library-nav.tsx";
import { homeNetworkId } from "../seminars/scope.ts";
import { useScales } from "./theme-tags.tsx";
import { getThemes, inLocale, scaleName } from "./themes-data.ts";
import "./themes.css";

/**
 * One theme: what research shows, what you can do, questions to ask yourselves, how others did
 * it, and the survey scales it relates to (each leading to the other themes of that scale).
 */
export default function ThemePage() {
  const params = useParams<{ key: string }>();
  const themes = createAsync(() => getThemes());
  const theme = () => themes()?.find((th) => th.key === params.key);
  return (
    <AsyncView page>
      <Show when={themes()}>
        <Show
          when={theme()}
          fallback={
            <>
              <PageTitle text={t("notFound.title")}>{t("notFound.title")}</PageTitle>
              <p role="alert">{t("seminars.theme.notFound")}</p>
              <p>
                <A href="/themes">{t("seminars.themes.all")}</A>
              </p>
            </>
          }
        >
          {(th) => <ThemeBody theme={th()} />}
        </Show>
      </Show>
    </AsyncView>
  );
}

const exampleSource = (source: Theme["examples"][number]["source"]) => t(`seminars.theme.source.${source}`);

function ThemeBody(props: { theme: Theme }) {
  const scales = useScales(homeNetworkId);
  const title = () => `${props.theme.number}. ${inLocale(props.theme.title)}`;
  const networkId = homeNetworkId();
  return (
    <article class="theme">
      <PageTitle text={title()}>{title()}</PageTitle>
      <LibraryNav networkId={networkId} />
      <p class="lead">{inLocale(props.theme.purpose)}</p>
      <Show when={props.theme.basis === "general"}>
        <p class="notice">{t("seminars.theme.general")}</p>
      </Show>

      <section aria-labelledby="theme-research">
        <h2 id="theme-research">{t("seminars.theme.research")}</h2>
        <ul>
          <For each={props.theme.research}>{(text) => <li>{inLocale(text)}</li>}</For>
        </ul>
      </section>

      <section aria-labelledby="theme-actions">
        <h2 id="theme-actions">{t("seminars.theme.actions")}</h2>
        <ul>
          <For each={props.theme.actions}>{(text) => <li>{inLocale(text)}</li>}</For>
        </ul>
      </section>

      <section aria-labelledby="theme-questions" class="theme__questions">
        <h2 id="theme-questions">{t("seminars.theme.questions")}</h2>
        <ol>
          <For each={props.theme.questions}>{(text) => <li>{inLocale(text)}</li>}</For>
        </ol>
      </section>

      <section aria-labelledby="theme-examples">
        <h2 id="theme-examples">{t("seminars.theme.examples")}</h2>
        <ul class="theme__examples">
          <For each={props.theme.examples}>
            {(ex) => (
              <li>
                <p>{inLocale(ex.text)}</p>
                <p class="muted theme__example-source">{exampleSource(ex.source)}</p>
              </li>
            )}
          </For>
        </ul>
      </section>

      <section aria-labelledby="theme-scales">
        <h2 id="theme-scales">{t("seminars.theme.scales")}</h2>
        <p>{t("seminars.theme.scalesIntro")}</p>
        <ul class="tag-list">
          <For each={props.theme.scaleKeys}>
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
      </section>

      <Show when={networkId}>
        {(id) => (
          <p>
            <A href={`/networks/${id()}/practices?theme=${props.theme.key}`}>
              {t("seminars.theme.practices")}
            </A>
          </p>
        )}
      </Show>

      <Show when={props.theme.links.length > 0}>
        <section aria-labelledby="theme-links">
          <h2 id="theme-links">{t("seminars.theme.links")}</h2>
          <ul>
            <For each={props.theme.links}>
              {(link) => (
                <li>
                  <a href={link.url} rel="external noopener noreferrer">
                    {link.title}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <p>
        <A href="/themes">{t("seminars.themes.all")}</A>
      </p>
    </article>
  );
}
