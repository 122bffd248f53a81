import { Show } from "solid-js";
import { type Centre, centreUpdateSchema } from "../../../../shared/schemas/centre.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { updateCentre } from "../../data/mutations.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";

/** The coordinator's changes to a centre: its name, and the date it left the network. */
export function CentreAdminForms(props: { centre: Centre }) {
  const rename = createForm();
  const leave = createForm();

  const onRename = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const values = { name: new FormData(el).get("name") };
    const saved = await rename.submit(el, centreUpdateSchema, values, (input) =>
      updateCentre(props.centre.id, props.centre.networkId, input),
    );
    if (saved) rename.setStatus(() => t("centre.renamed", { name: saved.name ?? "" }));
  };

  const onLeave = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    // An empty date would mean "no change": ask for one.
    const values = { leftOn: optional(new FormData(el).get("leftOn")) ?? "" };
    const saved = await leave.submit(el, centreUpdateSchema, values, (input) =>
      updateCentre(props.centre.id, props.centre.networkId, input),
    );
    if (saved) leave.setStatus(() => t("centre.leaveRecorded"));
  };

  const onRejoin = async () => {
    const saved = await leave.run(() =>
      updateCentre(props.centre.id, props.centre.networkId, { leftOn: null }),
    );
    if (saved) leave.setStatus(() => t("centre.rejoined"));
  };

  return (
    <>
      <section aria-labelledby="centre-rename-title">
        <h2 id="centre-rename-title">{t("centre.rename")}</h2>
        <form class="card form" onSubmit={onRename} novalidate>
          <FormMessages form={rename} />
          <Field id="centre-new-name" label={t("centre.newName")} error={rename.error("name")}>
            {(control) => (
              <input
                {...control}
                name="name"
                type="text"
                maxlength="120"
                required
                value={props.centre.name ?? ""}
              />
            )}
          </Field>
          <button type="submit" class="button" disabled={rename.busy()}>
            {t("centre.submitRename")}
          </button>
        </form>
      </section>
      <section aria-labelledby="centre-leave-title">
        <h2 id="centre-leave-title">{t("centre.leave")}</h2>
        <div class="card form">
          <p>{t("centre.leaveIntro")}</p>
          <FormMessages form={leave} />
          <form onSubmit={onLeave} novalidate class="form">
            <Field id="centre-left-on" label={t("centre.leftOnLabel")} error={leave.error("leftOn")}>
              {(control) => (
                <input {...control} name="leftOn" type="date" required value={props.centre.leftOn ?? ""} />
              )}
            </Field>
            <button type="submit" class="button" disabled={leave.busy()}>
              {t("centre.submitLeave")}
            </button>
          </form>
          <Show when={props.centre.leftOn}>
            <p>
              <button
                type="button"
                class="button button--secondary"
                onClick={onRejoin}
                disabled={leave.busy()}
              >
                {t("centre.rejoin")}
              </button>
            </p>
          </Show>
        </div>
      </section>
    </>
  );
}
