import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { z } from "zod";
import type { membershipViewSchema } from "../../../../shared/schemas/auth.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { getCentres, getRounds } from "../../data/queries.ts";
import { t, tp } from "../../lib/i18n.ts";
import { CycleHomeLinks } from "../cycle/cycle-home-links.tsx";
import { RoundSummary } from "./round-summary.tsx";

type MembershipView = z.infer<typeof membershipViewSchema>;

/** A coordinator's network at a glance: its centres and its latest rounds. */
export function CoordinatorSummary(props: { membership: MembershipView }) {
  const centres = createAsync(() => getCentres(props.membership.networkId));
  const rounds = createAsync(() => getRounds(props.membership.networkId));
  const active = () => centres()?.filter((c) => c.active).length ?? 0;
  const left = () => centres()?.filter((c) => !c.active).length ?? 0;
  const latest = () => [...(rounds() ?? [])].reverse().slice(0, 3);

  return (
    <section class="card" aria-labelledby={`net-${props.membership.networkId}`}>
      <h2 id={`net-${props.membership.networkId}`}>{props.membership.networkName}</h2>
      <p class="muted">
        {t("home.yourRole", { role: t("role.coordinator") })}. {t("home.coordinator.intro")}
      </p>
      <CycleHomeLinks networkId={props.membership.networkId} />
      <AsyncView>
        <h3>{t("home.coordinator.centres")}</h3>
        <p>
          {tp("home.coordinator.activeCentres", active())}
          <Show when={left() > 0}>; {tp("home.coordinator.leftCentres", left())}</Show>
        </p>
        <h3>{t("home.coordinator.rounds")}</h3>
        <Show when={latest().length > 0} fallback={<p>{t("home.noRounds")}</p>}>
          <ul class="plain-list">
            <For each={latest()}>
              {(round) => (
                <RoundSummary round={round}>
                  <Show when={round.status === "closed" || round.status === "published"}>
                    <br />
                    <A href={`/rounds/${round.id}/overview`}>
                      {t("results.home.overview", { label: round.label })}
                    </A>
                  </Show>
                </RoundSummary>
              )}
            </For>
          </ul>
        </Show>
      </AsyncView>
      <p>
        <A class="button" href={`/networks/${props.membership.networkId}`}>
          {t("home.coordinator.manage")}
        </A>
      </p>
    </section>
  );
}
