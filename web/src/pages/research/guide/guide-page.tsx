import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import {
  type GuideLanguage,
  largeExample,
  pythonExample,
  rExample,
  snapshotExample,
} from "../../../../../shared/research/guide-examples.ts";
import { AsyncView } from "../../../components/async-view.tsx";
import { CopyButton } from "../../../components/copy-button.tsx";
import { PageTitle } from "../../../components/page-title.tsx";
import { locale, t } from "../../../lib/i18n.ts";
import type { GuideContent, GuideExample } from "./guide-content.ts";
import "./guide.css";

// Only the language in use is fetched: each is a chunk of its own.
const load: Record<GuideLanguage, () => Promise<GuideContent>> = {
  da: () => import("./guide.da.ts").then((m) => m.guide),
  en: () => import("./guide.en.ts").then((m) => m.guide),
};

const examples: Record<GuideExample, (base: string, lang: GuideLanguage) => string> = {
  r: rExample,
  python: pythonExample,
  large: largeExample,
  snapshot: snapshotExample,
};

/** A paragraph of the guide: `backticks` become code, the rest stays text (never HTML). */
function Inline(props: { text: string }) {
  const parts = () => props.text.split(/`([^`]+)`/);
  return <For each={parts()}>{(part, i) => (i() % 2 === 1 ? <code>{part}</code> : part)}</For>;
}

/**
 * The research guide in the app's own look, in Danish and English: tokens, the exports and their
 * columns, filters and formats, anonymity, longitudinal use, limits, and worked examples in R and
 * Python filled in with this server's address, each with a copy button.
 */
export default function ResearchGuidePage() {
  const [guide] = createResource(locale, (lang) => load[lang]());
  // Opened from a network's research desk, the examples name that network; else a placeholder.
  const [search] = useSearchParams<{ network?: string }>();
  const fill = (source: string) =>
    search.network ? source.replaceAll("YOUR-NETWORK-ID", search.network) : source;
  return (
    <AsyncView>
      <Show when={guide()}>
        {(g) => (
          <article class="research-guide">
            <PageTitle text={g().title}>{g().title}</PageTitle>
            <p>{g().intro}</p>
            <nav aria-labelledby="guide-contents" class="research-guide__contents">
              <h2 id="guide-contents">{g().contents}</h2>
              <ul>
                <For each={g().sections}>
                  {(s) => (
                    <li>
                      <a href={`#${s.id}`}>{s.title}</a>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            <For each={g().sections}>
              {(s) => (
                <section id={s.id} aria-labelledby={`${s.id}-title`} class="research-guide__section">
                  <h2 id={`${s.id}-title`}>{s.title}</h2>
                  <For each={s.paragraphs}>
                    {(p) => (
                      <p>
                        <Inline text={p} />
                      </p>
                    )}
                  </For>
                  <Show when={s.items}>
                    {(items) => (
                      <ul>
                        <For each={items()}>
                          {(item) => (
                            <li>
                              <Inline text={item} />
                            </li>
                          )}
                        </For>
                      </ul>
                    )}
                  </Show>
                  <Show when={s.rows}>
                    {(rows) => (
                      <dl class="research-guide__exports">
                        <For each={rows()}>
                          {([term, text]) => (
                            <>
                              <dt>
                                <code>{term}</code>
                              </dt>
                              <dd>
                                <Inline text={text} />
                              </dd>
                            </>
                          )}
                        </For>
                      </dl>
                    )}
                  </Show>
                  <Show when={s.example}>
                    {(ex) => {
                      const source = () => fill(examples[ex().kind](location.origin, g().lang).trim());
                      return (
                        <figure class="research-guide__example">
                          <figcaption>{ex().lead}</figcaption>
                          <pre tabindex="0">
                            <code data-example={ex().kind}>{source()}</code>
                          </pre>
                          <CopyButton
                            class="button button--secondary"
                            text={source()}
                            label={t("research.guide.copy")}
                            copiedLabel={t("research.guide.copied")}
                          />
                        </figure>
                      );
                    }}
                  </Show>
                </section>
              )}
            </For>
            <p class="research-guide__links">
              <a href="/api/docs" rel="external">
                {g().reference}
              </a>
              <a href="/api/openapi.json" rel="external">
                {g().openapi}
              </a>
            </p>
          </article>
        )}
      </Show>
    </AsyncView>
  );
}
