import { A, createAsync, useParams, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { cycleStepKeys, type NetworkCycle } from "../../../../shared/schemas/cycle.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getRounds } from "../../data/queries.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { getNetworkCycle } from "./cycle-data.ts";
import { checkText, statusMark, statusWord, stepTitle } from "./cycle-words.ts";
import { RoundPicker } from "./round-picker.tsx";
import "./cycle.css";

/** The coordinator's table: every centre of a round and how far it has come through the cycle. */
export default function NetworkCyclePage() {
  const params = useParams<{ networkId: string }>();
  const [search] = useSearchParams();
  const roundId = () => {
    const v = search.roundId;
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  return (
    <Show when={`${params.networkId}/${roundId() ?? ""}`} keyed>
      <TableView networkId={params.networkId} roundId={roundId()} />
    </Show>
  );
}

function TableView(props: { networkId: string; roundId: string | undefined }) {
  const cycle = createAsync(() => getNetworkCycle(props.networkId, props.roundId));
  return (
    <AsyncView page notFound={t("seminars.cycle.networkNotFound")}>
      <Show when={cycle()}>{(c) => <TableBody networkId={props.networkId} cycle={c()} />}</Show>
    </AsyncView>
  );
}

function TableBody(props: { networkId: string; cycle: NetworkCycle }) {
  const rounds = createAsync(async () =>
    (await getRounds(props.networkId).catch(() => []))
      .filter((r) => r.status !== "draft")
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn)),
  );
  const rows = () =>
    [...props.cycle.centres].sort((a, b) =>
      (a.centre.name ?? a.centre.pseudonym ?? "").localeCompare(b.centre.name ?? b.centre.pseudonym ?? ""),
    );
  const title = () => t("seminars.cycle.networkTitle");
  const r = () => props.cycle.round;

  return (
    <>
      <PageTitle text={title()}>{title()}</PageTitle>
      <p class="lead">
        {t("seminars.cycle.roundLine", {
          round: r().label,
          from: fmtDate(r().opensOn),
          to: fmtDate(r().closesOn),
        })}
      </p>
      <RoundPicker
        rounds={rounds() ?? []}
        currentId={r().id}
        href={(id) => `/networks/${props.networkId}/cycle?roundId=${encodeURIComponent(id)}`}
      />
      <Show when={rows().length > 0} fallback={<p>{t("seminars.cycle.noCentres")}</p>}>
        <h2 id="cycle-table-title" class="cycle-table-title">
          {t("seminars.cycle.tableCaption", { round: r().label })}
        </h2>
        {/* Focusable: a keyboard can scroll the table on a phone; the page itself never scrolls sideways. */}
        <section class="cycle-table-scroll" tabindex="0" aria-labelledby="cycle-table-title">
          <table class="cycle-table">
            <caption class="visually-hidden">
              {t("seminars.cycle.tableCaption", { round: r().label })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("seminars.cycle.centre")}</th>
                <For each={cycleStepKeys}>
                  {(key, i) => (
                    <th scope="col">
                      {i() + 1}. {stepTitle(key)}
                    </th>
                  )}
                </For>
                <th scope="col">{t("seminars.cycle.doneColumn")}</th>
                <th scope="col">{t("seminars.cycle.next")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => (
                  <tr>
                    <th scope="row">
                      <A href={`/centres/${row.centre.id}/cycle?roundId=${encodeURIComponent(r().id)}`}>
                        {row.centre.name ?? row.centre.pseudonym}
                      </A>
                    </th>
                    <For each={row.steps}>
                      {(step) => (
                        <td class={`cycle-cell cycle-cell--${step.status}`}>
                          <span aria-hidden="true">{statusMark(step.status)} </span>
                          {statusWord(step.status)}
                        </td>
                      )}
                    </For>
                    <td class="num">
                      {row.stepsDone}/{row.steps.length}
                    </td>
                    <td>{row.next ? checkText(row.next.check, false) : t("seminars.cycle.complete")}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
    </>
  );
}
