import { A, createAsync, useNavigate, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { workshopCreateSchema } from "../../../../shared/schemas/workshop.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre, getRounds } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { fmtDate, t, tp } from "../../lib/i18n.ts";
import { createWorkshop, getWorkshops } from "./workshops-data.ts";
import "./workshops.css";

/** `/centres/:centreId/workshops`: a centre's workshop series, and starting a new one. */
export default function WorkshopsPage() {
  const params = useParams<{ centreId: string }>();
  const centre = createAsync(() => getCentre(params.centreId));
  const title = () => t("workshops.list.title", { centre: centre()?.name ?? "" });
  return (
    <AsyncView page notFound={t("workshops.centreNotFound")}>
      <Show when={centre()}>
        <p class="breadcrumb">
          <A href="/">{t("app.home")}</A>
        </p>
        <PageTitle text={title()}>{title()}</PageTitle>
        <p>{t("workshops.list.intro")}</p>
        <p>
          <A href={`/centres/${params.centreId}/plans`}>{t("workshops.list.plansLink")}</A>
        </p>
        <WorkshopList centreId={params.centreId} />
        <CreateWorkshop centreId={params.centreId} networkId={centre()?.networkId ?? ""} />
      </Show>
    </AsyncView>
  );
}

function WorkshopList(props: { centreId: string }) {
  const workshops = createAsync(() => getWorkshops(props.centreId));
  return (
    <section aria-labelledby="workshop-list-title">
      <h2 id="workshop-list-title">{t("workshops.list.series")}</h2>
      <AsyncView>
        <Show when={(workshops() ?? []).length > 0} fallback={<p>{t("workshops.list.none")}</p>}>
          <ul class="item-list">
            <For each={workshops()}>
              {(w) => (
                <li class="item">
                  <div class="item__row">
                    <A class="item__title" href={`/workshops/${w.id}`}>
                      {w.title}
                    </A>
                    <span class={`badge stage-badge stage-badge--${w.stage}`}>
                      {t("workshops.stageBadge", { stage: t(`workshops.stage.${w.stage}`) })}
                    </span>
                  </div>
                  <span class="item__meta">
                    {tp("workshops.collectedCount", w.collected)} ·{" "}
                    {tp("workshops.shortListCount", w.shortList)} ·{" "}
                    {tp("workshops.sessionCount", w.votingSessions)} ·{" "}
                    {t("workshops.list.started", { date: fmtDate(w.createdAt) })}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </AsyncView>
    </section>
  );
}

function CreateWorkshop(props: { centreId: string; networkId: string }) {
  const form = createForm();
  const navigate = useNavigate();
  const rounds = createAsync(() => (props.networkId ? getRounds(props.networkId) : Promise.resolve([])));
  const ownRounds = () => [...(rounds() ?? [])].filter((r) => r.centreIds.includes(props.centreId)).reverse();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const created = await form.submit(
      el,
      workshopCreateSchema,
      { title: data.get("title"), roundId: optional(data.get("roundId")) },
      (body) => createWorkshop(props.centreId, body),
    );
    if (created) navigate(`/workshops/${created.id}`);
  };

  return (
    <section class="card" aria-labelledby="workshop-create-title">
      <h2 id="workshop-create-title">{t("workshops.create.title")}</h2>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <Field
          id="workshop-title"
          label={t("workshops.create.name")}
          hint={t("workshops.create.nameHint")}
          error={form.error("title")}
        >
          {(control) => <input {...control} name="title" type="text" maxlength="200" required />}
        </Field>
        <Field
          id="workshop-round"
          label={t("workshops.create.round")}
          hint={t("workshops.create.roundHint")}
          error={form.error("roundId")}
        >
          {(control) => (
            <select {...control} name="roundId">
              <option value="">{t("workshops.create.noRound")}</option>
              <For each={ownRounds()}>
                {(r) => (
                  <option value={r.id}>
                    {r.label} ({t(`status.${r.status}`)})
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("workshops.create.submit")}
        </button>
      </form>
    </section>
  );
}
