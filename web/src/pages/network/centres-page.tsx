import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { centreCreateSchema } from "../../../../shared/schemas/centre.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createCentre } from "../../data/mutations.ts";
import { getCentres } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { LatestReportLink } from "../results/report-links.tsx";

/** The network's centres, those that left included (their history is kept), and adding one. */
export default function CentresPage() {
  const params = useParams<{ networkId: string }>();
  const centres = createAsync(() => getCentres(params.networkId));
  const form = createForm();

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = { name: data.get("name"), joinedOn: optional(data.get("joinedOn")) };
    const centre = await form.submit(el, centreCreateSchema, values, (input) =>
      createCentre(params.networkId, input),
    );
    if (centre) {
      el.reset();
      form.setStatus(() => t("centres.added", { name: centre.name ?? "" }));
    }
  };

  return (
    <>
      <section aria-labelledby="centres-title">
        <h2 id="centres-title">{t("centres.title")}</h2>
        <AsyncView>
          <Show when={(centres() ?? []).length > 0} fallback={<p>{t("centres.none")}</p>}>
            <ul class="item-list" id="centre-list">
              <For each={centres()}>
                {(centre) => (
                  <li class="item" classList={{ "item--inactive": !centre.active }}>
                    <A href={`/centres/${centre.id}`} class="item__title">
                      {centre.name ?? centre.pseudonym}
                    </A>
                    <span class="item__meta">
                      {t("centres.pseudonym", { pseudonym: centre.pseudonym })}
                      <Show when={centre.joinedOn}>
                        {(on) => <> · {t("centres.joinedOn", { date: fmtDate(on()) })}</>}
                      </Show>
                    </span>
                    <LatestReportLink
                      networkId={params.networkId}
                      centreId={centre.id}
                      centreName={centre.name ?? centre.pseudonym}
                    />
                    <Show when={centre.leftOn}>
                      {(on) => (
                        <span class="badge badge--left">
                          {t(centre.active ? "centres.leaves" : "centres.leftOn", { date: fmtDate(on()) })}
                        </span>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </AsyncView>
      </section>
      <section aria-labelledby="centre-add-title">
        <h2 id="centre-add-title">{t("centres.add")}</h2>
        <form class="card form" onSubmit={onSubmit} novalidate>
          <FormMessages form={form} />
          <Field id="centre-name" label={t("centres.name")} error={form.error("name")}>
            {(control) => <input {...control} name="name" type="text" maxlength="120" required />}
          </Field>
          <Field id="centre-joined" label={t("centres.joinedOnLabel")} error={form.error("joinedOn")}>
            {(control) => <input {...control} name="joinedOn" type="date" />}
          </Field>
          <button type="submit" class="button" disabled={form.busy()}>
            {form.busy() ? t("form.saving") : t("centres.submitAdd")}
          </button>
        </form>
      </section>
    </>
  );
}
