import { createAsync, createAsyncStore, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { Role } from "../../../../shared/schemas/common.ts";
import { type Membership, membershipCreateSchema } from "../../../../shared/schemas/membership.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createMembership, removeMembership } from "../../data/mutations.ts";
import { getCentres, getMemberships } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";

const roles: Role[] = ["coordinator", "facilitator", "researcher"];
const roleName = (role: Role) => t(`role.${role}`);

/** Who has which role in the network; giving and taking away roles. */
export default function PeoplePage() {
  const params = useParams<{ networkId: string }>();
  const people = createAsyncStore(() => getMemberships(params.networkId));
  const centres = createAsync(() => getCentres(params.networkId));
  const centreName = (id: string | null) => centres()?.find((c) => c.id === id)?.name ?? "";
  const listForm = createForm();
  const addForm = createForm();
  const [role, setRole] = createSignal<Role>("facilitator");

  const onRemove = async (membership: Membership) => {
    if (!window.confirm(t("people.removeLabel", { name: membership.name, role: roleName(membership.role) })))
      return;
    const done = await listForm.run(async () => {
      await removeMembership(membership.id, params.networkId);
      return true;
    });
    if (done) listForm.setStatus(() => t("people.removed"));
  };

  const onAdd = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      email: data.get("email"),
      name: optional(data.get("name")),
      role: data.get("role"),
      centreId: role() === "facilitator" ? optional(data.get("centreId")) : undefined,
      password: optional(data.get("password")),
    };
    const added = await addForm.submit(el, membershipCreateSchema, values, (input) =>
      createMembership(params.networkId, input),
    );
    if (added) {
      el.reset();
      setRole("facilitator");
      addForm.setStatus(() => t("people.added", { name: added.name, role: roleName(added.role) }));
    }
  };

  return (
    <>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t("people.title")}</h2>
        <FormMessages form={listForm} />
        <AsyncView>
          <Show when={(people() ?? []).length > 0} fallback={<p>{t("people.none")}</p>}>
            <ul class="item-list">
              <For each={people()}>
                {(m) => (
                  <li class="item">
                    <div class="item__row">
                      <div>
                        <span class="item__title">{m.name}</span>
                        <span class="item__meta">
                          {m.email} · {roleName(m.role)}
                          <Show when={m.centreId}>
                            {(id) => <> · {t("people.centre", { centre: centreName(id()) })}</>}
                          </Show>
                        </span>
                      </div>
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-label={t("people.removeLabel", { name: m.name, role: roleName(m.role) })}
                        disabled={listForm.busy()}
                        onClick={() => onRemove(m)}
                      >
                        {t("people.remove")}
                      </button>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </AsyncView>
      </section>
      <section aria-labelledby="people-add-title">
        <h2 id="people-add-title">{t("people.add")}</h2>
        <form class="card form" onSubmit={onAdd} novalidate>
          <FormMessages form={addForm} />
          <Field id="person-email" label={t("people.email")} error={addForm.error("email")}>
            {(control) => <input {...control} name="email" type="email" autocomplete="off" required />}
          </Field>
          <Field id="person-name" label={t("people.name")} error={addForm.error("name")}>
            {(control) => <input {...control} name="name" type="text" maxlength="120" autocomplete="off" />}
          </Field>
          <Field id="person-role" label={t("people.role")} error={addForm.error("role")}>
            {(control) => (
              <select {...control} name="role" onChange={(e) => setRole(e.currentTarget.value as Role)}>
                <For each={roles}>
                  {(r) => (
                    <option value={r} selected={r === role()}>
                      {roleName(r)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <Show when={role() === "facilitator"}>
            <Field id="person-centre" label={t("people.centreLabel")} error={addForm.error("centreId")}>
              {(control) => (
                <select {...control} name="centreId" required>
                  <option value="">{t("people.chooseCentre")}</option>
                  <For each={(centres() ?? []).filter((c) => c.active)}>
                    {(c) => <option value={c.id}>{c.name ?? c.pseudonym}</option>}
                  </For>
                </select>
              )}
            </Field>
          </Show>
          <Field id="person-password" label={t("people.password")} error={addForm.error("password")}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autocomplete="new-password"
                minlength="10"
              />
            )}
          </Field>
          <button type="submit" class="button" disabled={addForm.busy()}>
            {addForm.busy() ? t("form.saving") : t("people.submitAdd")}
          </button>
        </form>
      </section>
    </>
  );
}
