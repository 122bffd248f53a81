import { createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { light } from "../../../../shared/scoring/benchmark.ts";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { Heatmap } from "../../charts/heatmap.tsx";
import { t } from "../../lib/i18n.ts";
import { inLocale, score } from "./format.ts";
import { LightMark } from "./light-mark.tsx";
import { getOverview, type Overview } from "./results-data.ts";
import { TableScroll } from "./table-scroll.tsx";

type Scale = Overview["scales"][number];

/** One scale across the network's rounds: every centre by name × every round with results. */
export function AcrossRounds(props: { rounds: Overview["rounds"]; scales: Scale[]; threshold: number }) {
  const [scaleKey, setScaleKey] = createSignal(props.scales[0]?.key ?? "");
  const overviews = createAsync(async () => {
    const all = await Promise.all(props.rounds.map((r) => getOverview(r.id, false).catch(() => null)));
    return all.filter((o): o is Overview => o !== null);
  });
  const scale = () => props.scales.find((s) => s.key === scaleKey());
  const centres = () => {
    const byId = new Map<string, string>();
    for (const o of overviews() ?? []) for (const c of o.centres) byId.set(c.id, c.name);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  };
  const cellOf = (centreId: string, o: Overview) => {
    const figure = o.centres.find((c) => c.id === centreId)?.scales[scaleKey()] ?? null;
    const took = o.centres.some((c) => c.id === centreId);
    const net = o.scales.find((s) => s.key === scaleKey())?.network.mean ?? null;
    const polarity = scale()?.polarity === "higher-worse" ? "higher-worse" : "higher-better";
    const l = figure && net !== null ? light(figure.mean, net, polarity, props.threshold) : null;
    return { figure, took, network: net, light: l };
  };
  const label = () => (scale() ? inLocale(scale()?.label ?? { da: "", en: "" }) : "");

  return (
    <section aria-labelledby="across-title" class="results-section">
      <h2 id="across-title">{t("results.across.title")}</h2>
      <p>{t("results.across.intro")}</p>
      <div class="field sort-field no-print">
        <label for="across-scale">{t("results.across.scale")}</label>
        <select id="across-scale" value={scaleKey()} onChange={(e) => setScaleKey(e.currentTarget.value)}>
          <For each={props.scales}>{(s) => <option value={s.key}>{inLocale(s.label)}</option>}</For>
        </select>
      </div>
      <Show when={(overviews() ?? []).length > 0}>
        <ChartFrame
          title={t("results.across.chartTitle", { scale: label() })}
          filename={fileSlug(t("results.overview.file"), label())}
          tableId="table-across"
          minWidth={320}
        >
          {(width) => (
            <Heatmap
              width={width}
              label={t("results.across.chartTitle", { scale: label() })}
              comparison="network"
              rows={centres().map((c) => ({ id: c.id, label: c.name }))}
              columns={(overviews() ?? []).map((o) => ({ key: o.round.id, label: o.round.label }))}
              summary={{
                label: t("results.col.networkMean"),
                cell: (c) => {
                  const o = (overviews() ?? [])[c];
                  const mean = o?.scales.find((s) => s.key === scaleKey())?.network.mean ?? null;
                  return {
                    value: mean,
                    description: t("results.heatmap.networkCell", {
                      scale: o?.round.label ?? "",
                      value: score(mean),
                    }),
                  };
                },
              }}
              cell={(r, c) => {
                const centre = centres()[r];
                const o = (overviews() ?? [])[c];
                const cell = centre && o ? cellOf(centre.id, o) : null;
                return {
                  value: cell?.figure?.mean ?? null,
                  light: cell?.light ?? null,
                  description: t("results.heatmap.cell", {
                    group: centre?.name ?? "",
                    scale: o?.round.label ?? "",
                    value: cell?.took ? score(cell.figure?.mean) : t("results.across.absent"),
                    light: cell?.light ? t(`results.light.${cell.light}`) : "–",
                  }),
                };
              }}
            />
          )}
        </ChartFrame>
        <TableScroll captionId="table-across-caption">
          <table class="results-table" id="table-across">
            <caption id="table-across-caption">
              {t("results.across.tableCaption", { scale: label() })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("results.col.centre")}</th>
                <For each={overviews()}>
                  {(o) => (
                    <th scope="col" class="num">
                      {o.round.label}
                    </th>
                  )}
                </For>
              </tr>
            </thead>
            <tbody>
              <For each={centres()}>
                {(c) => (
                  <tr>
                    <th scope="row">{c.name}</th>
                    <For each={overviews()}>
                      {(o) => {
                        const cell = () => cellOf(c.id, o);
                        return (
                          <td class="num">
                            <Show
                              when={cell().took}
                              fallback={<span class="muted">{t("results.across.absent")}</span>}
                            >
                              {score(cell().figure?.mean)}
                              <span class="ci">
                                <LightMark light={cell().light} />
                              </span>
                            </Show>
                          </td>
                        );
                      }}
                    </For>
                  </tr>
                )}
              </For>
              <tr class="network-row">
                <th scope="row">{t("results.col.networkMean")}</th>
                <For each={overviews()}>
                  {(o) => (
                    <td class="num">{score(o.scales.find((s) => s.key === scaleKey())?.network.mean)}</td>
                  )}
                </For>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      </Show>
    </section>
  );
}
