import { A, createAsync, useParams, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { CentreCycle, CycleStep } from "../../../../shared/schemas/cycle.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre, getRounds } from "../../data/queries.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { isCoordinatorOf } from "../seminars/scope.ts";
import { getCentreCycle } from "./cycle-data.ts";
import {
  canFollow,
  checkDetail,
  checkText,
  doText,
  linkText,
  statusMark,
  statusWord,
  stepTitle,
} from "./cycle-words.ts";
import { RoundPicker } from "./round-picker.tsx";
import "./cycle.css";

/**
 * The facilitator's home for a centre and a round: the six steps of the cycle, what the data shows
 * done (with dates), and the next thing to do with the way to do it.
 */
export default function CentreCyclePage() {
  const params = useParams<{ centreId: string }>();
  const [search] = useSearchParams();
  const roundId = () => {
    const v = search.roundId;
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  return (
    <Show when={`${params.centreId}/${roundId() ?? ""}`} keyed>
      <CycleView centreId={params.centreId} roundId={roundId()} />
    </Show>
  );
}

function CycleView(props: { centreId: string; roundId: string | undefined }) {
  const cycle = createAsync(() => getCentreCycle(props.centreId, props.roundId));
  return (
    <AsyncView page notFound={t("seminars.cycle.notFound")}>
      <Show when={cycle()}>{(c) => <CycleBody cycle={c()} />}</Show>
    </AsyncView>
  );
}

function CycleBody(props: { cycle: CentreCycle }) {
  const c = () => props.cycle;
  const centre = createAsync(() => getCentre(c().centre.id).catch(() => undefined));
  const networkId = () => centre()?.networkId;
  const coordinator = () => Boolean(networkId() && isCoordinatorOf(networkId() as string));
  const rounds = createAsync(async () => {
    const id = networkId();
    if (!id) return [];
    const all = await getRounds(id).catch(() => []);
    return all
      .filter((r) => r.status !== "draft" && r.centreIds.includes(c().centre.id))
      .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  });
  const name = () => c().centre.name ?? c().centre.pseudonym ?? "";
  const title = () => t("seminars.cycle.title", { centre: name() });

  return (
    <article class="cycle">
      <PageTitle text={title()}>{title()}</PageTitle>
      <p class="lead">
        {t("seminars.cycle.roundLine", {
          round: c().round.label,
          from: fmtDate(c().round.opensOn),
          to: fmtDate(c().round.closesOn),
        })}
      </p>
      <RoundPicker
        rounds={rounds() ?? []}
        currentId={c().round.id}
        href={(id) => `/centres/${c().centre.id}/cycle?roundId=${encodeURIComponent(id)}`}
      />
      <p class="cycle__progress">
        <strong>{t("seminars.cycle.stepsDone", { n: c().stepsDone, total: c().steps.length })}</strong>
      </p>

      <section class="next-step" aria-labelledby="next-step-title">
        <h2 id="next-step-title">{t("seminars.cycle.next")}</h2>
        <Show when={c().next} fallback={<p>{t("seminars.cycle.complete")}</p>}>
          {(next) => (
            <>
              <p class="next-step__text">
                <span class="next-step__step">
                  {t("seminars.cycle.stepNumber", {
                    n: c().steps.find((s) => s.key === next().step)?.number ?? 0,
                    step: stepTitle(next().step),
                  })}
                </span>{" "}
                {checkText(next().check, false)}
              </p>
              <Show
                when={canFollow({ key: next().check, actor: next().actor, done: false }, coordinator())}
                fallback={<p class="muted">{t("seminars.cycle.waitCoordinator")}</p>}
              >
                <A class="button" href={next().href}>
                  {doText(next().check)}
                </A>
              </Show>
            </>
          )}
        </Show>
      </section>

      <ol class="cycle-steps">
        <For each={c().steps}>{(step) => <StepItem step={step} coordinator={coordinator()} />}</For>
      </ol>

      <p class="button-row">
        <A
          class="button button--secondary"
          href={`/centres/${c().centre.id}/results-meetings?roundId=${c().round.id}`}
        >
          {t("seminars.cycle.meetingsLink")}
        </A>
        <Show when={networkId()}>
          {(id) => (
            <>
              <A class="button button--secondary" href={`/networks/${id()}/seminars`}>
                {t("seminars.nav.seminars")}
              </A>
              <A class="button button--secondary" href={`/networks/${id()}/practices`}>
                {t("seminars.nav.practices")}
              </A>
            </>
          )}
        </Show>
        <A class="button button--secondary" href="/themes">
          {t("seminars.nav.themes")}
        </A>
      </p>
    </article>
  );
}

function StepItem(props: { step: CycleStep; coordinator: boolean }) {
  const id = () => `step-${props.step.key}`;
  return (
    <li class={`cycle-step cycle-step--${props.step.status}`}>
      <h2 id={id()} class="cycle-step__title">
        <span class="cycle-step__number" aria-hidden="true">
          {props.step.number}
        </span>
        <span class="visually-hidden">{t("seminars.cycle.stepPrefix", { n: props.step.number })} </span>
        {stepTitle(props.step.key)}
        <span class={`cycle-status cycle-status--${props.step.status}`}>
          <span aria-hidden="true">{statusMark(props.step.status)} </span>
          {statusWord(props.step.status)}
        </span>
      </h2>
      <ul class="cycle-checks">
        <For each={props.step.checks}>
          {(check) => (
            <li classList={{ "cycle-check": true, "cycle-check--done": check.done }}>
              <span class="cycle-check__mark" aria-hidden="true">
                {check.done ? "✓" : "○"}
              </span>
              <span class="cycle-check__body">
                <span>{checkText(check.key, check.done)}</span>
                <Show when={checkDetail(check)}>
                  <span class="cycle-check__detail"> · {checkDetail(check)}</span>
                </Show>
                <Show when={canFollow(check, props.coordinator)}>
                  {" "}
                  <A href={check.href} class="cycle-check__link">
                    {linkText(check.key)}
                  </A>
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </li>
  );
}
