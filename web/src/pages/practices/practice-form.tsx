import { createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { practiceCreateSchema } from "../../../../shared/schemas/practice.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getCentres } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { isCoordinatorOf } from "../seminars/scope.ts";
import { PracticeFields, practiceValues } from "./practice-fields.tsx";
import { createPractice } from "./practices-data.ts";

/**
 * Adding a practice ("how we did it"). A facilitator adds their own centre's and says whether the
 * other centres may see its name; the coordinator may add one for any centre, or for the network.
 */
export function PracticeForm(props: { networkId: string }) {
  const form = createForm();
  const coordinator = () => isCoordinatorOf(props.networkId);
  const centres = createAsync(async () => (coordinator() ? getCentres(props.networkId).catch(() => []) : []));
  const [centreChosen, setCentreChosen] = createSignal(false);
  const ownName = () =>
    me()?.memberships.find((m) => m.networkId === props.networkId && m.role === "facilitator")?.centreName ??
    "";

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const values = {
      ...practiceValues(el),
      centreId: coordinator() ? (optional(new FormData(el).get("centreId")) ?? null) : undefined,
    };
    const made = await form.submit(el, practiceCreateSchema, values, (input) =>
      createPractice(props.networkId, input),
    );
    if (made) {
      el.reset();
      setCentreChosen(false);
      form.setStatus(() => t("seminars.practice.added", { title: made.title }));
    }
  };

  return (
    <details class="card" id="practice-add">
      <summary>{t("seminars.practice.add")}</summary>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <Show when={coordinator()}>
          <Field id="practice-centre" label={t("seminars.practice.centre")} error={form.error("centreId")}>
            {(control) => (
              <select
                {...control}
                name="centreId"
                onChange={(e) => setCentreChosen(e.currentTarget.value !== "")}
              >
                <option value="">{t("seminars.practice.wholeNetwork")}</option>
                <For each={centres() ?? []}>
                  {(c) => <option value={c.id}>{c.name ?? c.pseudonym}</option>}
                </For>
              </select>
            )}
          </Field>
        </Show>
        <PracticeFields networkId={props.networkId} prefix="practice-new" form={form} />
        <Show when={!coordinator() || centreChosen()}>
          <label class="choice">
            <input type="checkbox" name="shareCentreName" />
            {coordinator()
              ? t("seminars.practice.shareCoordinator")
              : t("seminars.practice.share", { centre: ownName() })}
          </label>
        </Show>
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? t("form.saving") : t("seminars.practice.submit")}
        </button>
      </form>
    </details>
  );
}
