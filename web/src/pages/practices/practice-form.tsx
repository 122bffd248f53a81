import { createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { practiceCreateSchema } from "../../../../shared/schemas/practice.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getCentres } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { seminarDates } from "../seminars/dates.ts";
import { isCoordinatorOf } from "../seminars/scope.ts";
import { getSeminars } from "../seminars/seminars-data.ts";
import { ScalesField, ThemeField } from "../themes/theme-fields.tsx";
import { useScales } from "../themes/theme-tags.tsx";
import { createPractice } from "./practices-data.ts";

/**
 * Adding a practice ("how we did it"). A facilitator adds their own centre's and says whether the
 * other centres may see its name; the coordinator may add one for any centre, or for the network.
 */
export function PracticeForm(props: { networkId: string }) {
  const form = createForm();
  const coordinator = () => isCoordinatorOf(props.networkId);
  const scales = useScales(() => props.networkId);
  const seminars = createAsync(() => getSeminars(props.networkId).catch(() => []));
  const centres = createAsync(async () => (coordinator() ? getCentres(props.networkId).catch(() => []) : []));
  const [centreChosen, setCentreChosen] = createSignal(false);
  const ownName = () =>
    me()?.memberships.find((m) => m.networkId === props.networkId && m.role === "facilitator")?.centreName ??
    "";

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      title: data.get("title"),
      body: data.get("body"),
      themeKey: optional(data.get("themeKey")) ?? null,
      scaleKeys: data.getAll("scaleKeys"),
      seminarId: optional(data.get("seminarId")) ?? null,
      shareCentreName: data.get("shareCentreName") === "on",
      centreId: coordinator() ? (optional(data.get("centreId")) ?? null) : undefined,
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
        <Field id="practice-title" label={t("seminars.practice.title")} error={form.error("title")}>
          {(control) => <input {...control} name="title" type="text" maxlength="200" required />}
        </Field>
        <Field
          id="practice-body"
          label={t("seminars.practice.body")}
          hint={t("seminars.practice.bodyHint")}
          error={form.error("body")}
        >
          {(control) => (
            <textarea {...control} class="textarea" name="body" rows="6" maxlength="20000" required />
          )}
        </Field>
        <ThemeField id="practice-theme-new" error={form.error("themeKey")} />
        <ScalesField id="practice-scales" scales={scales()} error={form.error("scaleKeys")} />
        <Show when={(seminars() ?? []).length > 0}>
          <Field id="practice-seminar" label={t("seminars.practice.seminar")} error={form.error("seminarId")}>
            {(control) => (
              <select {...control} name="seminarId">
                <option value="">{t("seminars.practice.noSeminar")}</option>
                <For each={seminars() ?? []}>
                  {(s) => (
                    <option value={s.id}>
                      {s.title} ({seminarDates(s.startsOn, s.endsOn)})
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
        </Show>
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
