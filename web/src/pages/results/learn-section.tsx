import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { AsyncView } from "../../components/async-view.tsx";
import { t } from "../../lib/i18n.ts";
import { inLocale } from "./format.ts";
import { getLearnFromBest, type LearnFromBest, type Report } from "./results-data.ts";
import "./learn-section.css";

type Item = LearnFromBest["items"][number];
type Exemplar = NonNullable<Item["best"]>;

/**
 * Learn from the best (issue 14): per attention point, the network's best centre on the scale and
 * the one that improved most since the last round, with their practices. The API names a centre
 * only where it agreed to be named in the practice library and never gives its figures; the page
 * shows what it gets, and "another centre" otherwise. Asked for once `ready` (the tables are on
 * screen): they never wait for it.
 */
export function LearnSection(props: { report: Report; ready: boolean }) {
  return (
    <Show when={props.report.attention.length > 0 && !props.report.team}>
      <section aria-labelledby="learn-title" class="results-section learn-best">
        <h2 id="learn-title">{t("results.learn.title")}</h2>
        <p>{t("results.learn.intro")}</p>
        <AsyncView>
          <Show when={props.ready}>
            <LearnItems report={props.report} />
          </Show>
        </AsyncView>
        <p class="no-print">
          <A href={`/networks/${props.report.networkId}/practices`}>{t("results.learn.library")}</A>
        </p>
      </section>
    </Show>
  );
}

function LearnItems(props: { report: Report }) {
  const data = createAsync(() => getLearnFromBest(props.report.round.id, props.report.centre.id));
  const label = (key: string) => {
    const s = props.report.scales.find((x) => x.key === key);
    return s ? inLocale(s.label) : key;
  };
  return (
    <For each={data()?.items ?? []}>
      {(item) => (
        <article class="learn-best__item" aria-labelledby={`learn-${item.scale}`}>
          <h3 id={`learn-${item.scale}`}>{label(item.scale)}</h3>
          <div class="learn-best__pair">
            <ExemplarBlock
              id={`learn-${item.scale}-best`}
              heading={(centre) => t("results.learn.best", { centre })}
              exemplar={item.best}
              none={t("results.learn.noBest")}
            />
            <ExemplarBlock
              id={`learn-${item.scale}-improved`}
              heading={(centre) => t("results.learn.improved", { centre })}
              exemplar={item.improved}
              none={t("results.learn.noImproved")}
            />
          </div>
        </article>
      )}
    </For>
  );
}

function ExemplarBlock(props: {
  id: string;
  heading: (centre: string) => string;
  exemplar: Exemplar | null;
  none: string;
}) {
  const name = () => props.exemplar?.centre?.name ?? t("results.learn.anotherCentre");
  return (
    <div class="learn-best__block" data-named={props.exemplar?.centre ? "yes" : "no"}>
      <Show when={props.exemplar} fallback={<p class="muted">{props.none}</p>}>
        {(ex) => (
          <>
            <h4 id={props.id}>{props.heading(name())}</h4>
            <Show
              when={ex().practices.length > 0}
              fallback={<p class="muted">{t("results.learn.noPractices")}</p>}
            >
              <ul aria-label={t("results.learn.practicesOf", { centre: name() })}>
                <For each={ex().practices}>
                  {(p) => (
                    <li>
                      <strong>{p.title}</strong>
                      <p class="learn-best__body">{p.body}</p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
