import { A, useParams, useSearchParams } from "@solidjs/router";
import { Match, Show, Switch } from "solid-js";
import { type WorkshopStage, workshopStageSchema } from "../../../../shared/schemas/workshop.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { CollectStage } from "./collect-stage.tsx";
import { CondenseStage } from "./condense-stage.tsx";
import { DeleteWorkshop } from "./delete-workshop.tsx";
import { FollowUpStage } from "./follow-up-stage.tsx";
import { LoadFailure } from "./load-failure.tsx";
import { PlanStage } from "./plan-stage.tsx";
import { createPoll } from "./poll.ts";
import { PrioritiseStage } from "./prioritise-stage.tsx";
import { StageBar } from "./stage-bar.tsx";
import { fetchWorkshop, setStage, stages } from "./workshops-data.ts";
import "./workshops.css";

/** `/workshops/:workshopId`: one workshop series, stage by stage. */
export default function WorkshopPage() {
  const params = useParams<{ workshopId: string }>();
  return (
    <Show when={params.workshopId} keyed>
      {(id) => <WorkshopView workshopId={id} />}
    </Show>
  );
}

function WorkshopView(props: { workshopId: string }) {
  const [search, setSearch] = useSearchParams<{ view?: string }>();
  const form = createForm();
  const viewed = (): WorkshopStage | undefined => {
    const asked = workshopStageSchema.safeParse(search.view);
    return asked.success ? asked.data : workshop.value()?.stage;
  };
  // Live while statements come in (the room watches the screen); slower while pairs vote.
  const workshop = createPoll(
    () => fetchWorkshop(props.workshopId),
    () => (viewed() === "collect" ? 1500 : viewed() === "prioritise" ? 3000 : null),
  );

  const move = async (to: WorkshopStage) => {
    const w = workshop.value();
    if (!w) return;
    const done = await form.run(() => setStage(w.id, w.centreId, to));
    if (!done) return;
    await workshop.refresh();
    setSearch({ view: to });
    form.setStatus(() => t("workshops.stages.movedTo", { stage: t(`workshops.stage.${to}`) }));
    // The new stage's panel replaces the old one: start reading there.
    queueMicrotask(() => document.getElementById("stage-heading")?.focus());
  };

  return (
    <Show
      when={workshop.value()}
      fallback={
        <Show
          when={workshop.error()}
          fallback={
            <p class="loading" role="status">
              {t("app.loading")}
            </p>
          }
        >
          <LoadFailure error={workshop.error()} notFound={t("workshops.notFound")} />
        </Show>
      }
    >
      {(w) => {
        const index = () => stages.indexOf(w().stage);
        const next = () => stages[index() + 1];
        const previous = () => stages[index() - 1];
        const view = () => viewed() ?? w().stage;
        return (
          <div class="workshop-page">
            <p class="breadcrumb">
              <A href={`/centres/${w().centreId}/workshops`}>{t("workshops.backToList")}</A>
            </p>
            <PageTitle text={w().title}>{w().title}</PageTitle>
            <StageBar workshopId={w().id} stage={w().stage} viewed={view()} />
            <div class="stage-controls">
              <p class="stage-controls__now">
                {t("workshops.stages.currentIs", { stage: t(`workshops.stage.${w().stage}`) })}
              </p>
              <div class="button-row">
                <Show when={next()}>
                  {(to) => (
                    <button type="button" class="button" disabled={form.busy()} onClick={() => move(to())}>
                      {t("workshops.stages.moveOn", { stage: t(`workshops.stage.${to()}`) })}
                    </button>
                  )}
                </Show>
                <Show when={previous()}>
                  {(to) => (
                    <button
                      type="button"
                      class="button button--secondary"
                      disabled={form.busy()}
                      onClick={() => move(to())}
                    >
                      {t("workshops.stages.moveBack", { stage: t(`workshops.stage.${to()}`) })}
                    </button>
                  )}
                </Show>
              </div>
              <Show when={w().stage === "collect"}>
                <p class="field__hint">{t("workshops.stages.codeStops")}</p>
              </Show>
              <FormMessages form={form} />
            </div>
            <Show when={workshop.error()}>
              <p class="message message--error" role="alert">
                {t("workshops.live.lost")}
              </p>
            </Show>
            <Switch>
              <Match when={view() === "collect"}>
                <CollectStage workshop={w()} refresh={workshop.refresh} />
              </Match>
              <Match when={view() === "condense"}>
                <CondenseStage workshop={w()} refresh={workshop.refresh} />
              </Match>
              <Match when={view() === "prioritise"}>
                <PrioritiseStage workshop={w()} />
              </Match>
              <Match when={view() === "plan"}>
                <PlanStage workshop={w()} />
              </Match>
              <Match when={view() === "follow-up"}>
                <FollowUpStage workshop={w()} />
              </Match>
            </Switch>
            <DeleteWorkshop workshop={w()} refresh={workshop.refresh} />
          </div>
        );
      }}
    </Show>
  );
}
