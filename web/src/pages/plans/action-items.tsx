import { For, Show } from "solid-js";
import {
  type ActionItem,
  actionItemCreateSchema,
  actionStatusSchema,
} from "../../../../shared/schemas/action-plan.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm, optional } from "../../lib/form.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { createItem, removeItem, updateItem } from "./plans-data.ts";

/**
 * A plan's actions: what, who, by when, and how far; an overdue action (due before today, neither
 * done nor dropped) is marked in words and colour. Status changes at once; actions can be added
 * and removed.
 */
export function ActionItems(props: { planId: string; items: ActionItem[] }) {
  const form = createForm();
  const addForm = createForm();

  const setStatus = (item: ActionItem, status: string) =>
    form.run(async () => {
      const parsed = actionStatusSchema.parse(status);
      await updateItem(item.id, props.planId, { status: parsed });
      form.setStatus(() =>
        t("workshops.items.statusSaved", { text: item.text, status: t(`workshops.status.${parsed}`) }),
      );
    });

  const remove = (item: ActionItem) =>
    form.run(async () => {
      await removeItem(item.id, props.planId);
      form.setStatus(() => t("workshops.items.removed", { text: item.text }));
      document.getElementById("items-heading")?.focus();
    });

  const onAdd = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const added = await addForm.submit(
      el,
      actionItemCreateSchema,
      {
        text: data.get("text"),
        owner: optional(data.get("owner")),
        dueOn: optional(data.get("dueOn")),
        status: data.get("status"),
      },
      (body) => createItem(props.planId, body),
    );
    if (!added) return;
    el.reset();
    addForm.setStatus(() => t("workshops.items.added", { text: added.text }));
    el.querySelector<HTMLInputElement>("input")?.focus();
  };

  return (
    <section aria-labelledby="items-heading" class="plan-section">
      <h2 id="items-heading" tabindex="-1">
        {t("workshops.items.title")}
      </h2>
      <FormMessages form={form} />
      <Show when={props.items.length > 0} fallback={<p>{t("workshops.items.none")}</p>}>
        <ul class="action-items">
          <For each={props.items}>
            {(item) => (
              <li
                class="action-item"
                classList={{ "action-item--overdue": item.overdue }}
                data-item={item.id}
              >
                <p class="action-item__text">{item.text}</p>
                <p class="action-item__meta">
                  <Show when={item.owner}>
                    <span>{t("workshops.items.ownerIs", { owner: item.owner ?? "" })}</span>
                  </Show>
                  <Show when={item.dueOn}>
                    <span>{t("workshops.items.dueIs", { date: fmtDate(item.dueOn ?? "") })}</span>
                  </Show>
                  <Show when={item.overdue}>
                    <strong class="overdue-badge">{t("workshops.items.overdue")}</strong>
                  </Show>
                </p>
                <div class="action-item__tools">
                  <label class="action-item__status">
                    <span class="visually-hidden">{t("workshops.items.statusOf", { text: item.text })}</span>
                    <select
                      disabled={form.busy()}
                      onChange={(e) => void setStatus(item, e.currentTarget.value)}
                    >
                      <For each={actionStatusSchema.options}>
                        {(s) => (
                          <option value={s} selected={s === item.status}>
                            {t(`workshops.status.${s}`)}
                          </option>
                        )}
                      </For>
                    </select>
                  </label>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    disabled={form.busy()}
                    aria-label={t("workshops.items.removeLabel", { text: item.text })}
                    onClick={() => void remove(item)}
                  >
                    {t("workshops.items.remove")}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <details class="card">
        <summary>{t("workshops.items.add")}</summary>
        <form class="form" onSubmit={onAdd} novalidate>
          <FormMessages form={addForm} />
          <Field id="add-item-text" label={t("workshops.items.what")} error={addForm.error("text")}>
            {(control) => <input {...control} name="text" type="text" maxlength="500" required />}
          </Field>
          <div class="field-pair">
            <Field id="add-item-owner" label={t("workshops.items.owner")} error={addForm.error("owner")}>
              {(control) => <input {...control} name="owner" type="text" maxlength="120" />}
            </Field>
            <Field id="add-item-due" label={t("workshops.items.due")} error={addForm.error("dueOn")}>
              {(control) => <input {...control} name="dueOn" type="date" />}
            </Field>
            <Field id="add-item-status" label={t("workshops.items.status")} error={addForm.error("status")}>
              {(control) => (
                <select {...control} name="status">
                  <For each={actionStatusSchema.options}>
                    {(s) => <option value={s}>{t(`workshops.status.${s}`)}</option>}
                  </For>
                </select>
              )}
            </Field>
          </div>
          <button type="submit" class="button" disabled={addForm.busy()}>
            {t("workshops.items.addSubmit")}
          </button>
        </form>
      </details>
    </section>
  );
}
