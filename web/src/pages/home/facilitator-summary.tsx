import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { z } from "zod";
import type { membershipViewSchema } from "../../../../shared/schemas/auth.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { getRounds, getTeams } from "../../data/queries.ts";
import { t } from "../../lib/i18n.ts";
import { CycleHomeLinks } from "../cycle/cycle-home-links.tsx";
import { FieldworkLinks } from "../fieldwork/fieldwork-links.tsx";
import "./home.css";
import { RoundSummary } from "./round-summary.tsx";

type MembershipView = z.infer<typeof membershipViewSchema>;

/** A facilitator's own centre: its teams and the rounds it takes part in (never other centres). */
export function FacilitatorSummary(props: { membership: MembershipView }) {
  const centreId = () => props.membership.centreId ?? "";
  const teams = createAsync(() => getTeams(centreId()));
  const rounds = createAsync(() => getRounds(props.membership.networkId));
  const centreName = () => props.membership.centreName ?? "";
  // Newest first; the report a facilitator most often wants is the latest one with results.
  const newestFirst = () => [...(rounds() ?? [])].reverse();
  const latestReport = () =>
    newestFirst().find((r) => r.status === "published" && r.centreIds.includes(centreId()));

  return (
    <section class="card" aria-labelledby={`centre-${centreId()}`}>
      <h2 id={`centre-${centreId()}`}>{centreName()}</h2>
      <p class="muted">
        {t("home.facilitator.intro", { centre: centreName(), network: props.membership.networkName })}
      </p>
      <AsyncView>
        <Show when={latestReport()}>
          {(round) => (
            <div class="latest-report">
              <p class="latest-report__label">{t("home.facilitator.latestReport")}</p>
              <A class="button" href={`/rounds/${round().id}/report/${centreId()}`}>
                {t("results.home.report", { label: round().label })}
              </A>
            </div>
          )}
        </Show>
      </AsyncView>
      <CycleHomeLinks networkId={props.membership.networkId} centreId={centreId()} />
      <AsyncView>
        <h3>{t("teams.title")}</h3>
        <Show when={(teams() ?? []).length > 0} fallback={<p>{t("teams.none")}</p>}>
          <ul class="inline-list">
            <For each={teams()}>{(team) => <li>{team.name}</li>}</For>
          </ul>
        </Show>
        <h3>{t("home.facilitator.rounds")}</h3>
        <Show when={(rounds() ?? []).length > 0} fallback={<p>{t("home.noRounds")}</p>}>
          <ul class="plain-list">
            <For each={newestFirst()}>
              {(round) => (
                <RoundSummary round={round}>
                  <Show when={round.centreIds.includes(centreId()) && round.status !== "published"}>
                    <br />
                    <FieldworkLinks round={round} />
                  </Show>
                  <Show when={round.status === "published" && round.centreIds.includes(centreId())}>
                    <br />
                    <A href={`/rounds/${round.id}/report/${centreId()}`}>
                      {t("results.home.report", { label: round.label })}
                    </A>
                  </Show>
                </RoundSummary>
              )}
            </For>
          </ul>
        </Show>
      </AsyncView>
      <p class="button-row">
        <A class="button" href={`/centres/${centreId()}`}>
          {t("home.facilitator.manage")}
        </A>
        <A class="button button--secondary" href={`/centres/${centreId()}/workshops`}>
          {t("workshops.home.workshops")}
        </A>
        <A class="button button--secondary" href={`/centres/${centreId()}/plans`}>
          {t("workshops.home.plans")}
        </A>
      </p>
    </section>
  );
}
