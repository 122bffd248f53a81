import { createAsync, createAsyncStore, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { Role } from "../../../../shared/schemas/common.ts";
import {
  type MemberInvitationIssued,
  type Membership,
  memberInvitationCreateSchema,
} from "../../../../shared/schemas/membership.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import {
  inviteMember,
  issuePasswordReset,
  removeMembership,
  revokeMemberInvitation,
} from "../../data/mutations.ts";
import { getCentres, getMemberInvitations, getMemberships } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { OneTimeLink } from "./one-time-link.tsx";

const roles: Role[] = ["coordinator", "facilitator", "researcher"];
const roleName = (role: Role) => t(`role.${role}`);

/**
 * Who has which role in the network. Roles are given by invitation: the coordinator gets a
 * one-time link to pass on, and the person accepts it (choosing their own password if new).
 */
export default function PeoplePage() {
  const params = useParams<{ networkId: string }>();
  const people = createAsyncStore(() => getMemberships(params.networkId));
  const pending = createAsyncStore(() => getMemberInvitations(params.networkId));
  const [issued, setIssued] = createSignal<MemberInvitationIssued>();
  const centres = createAsync(() => getCentres(params.networkId));
  const centreName = (id: string | null) => centres()?.find((c) => c.id === id)?.name ?? "";
  const listForm = createForm({ statusMessages: { 409: "people.resetOtherNetworks" } });
  const addForm = createForm({ statusMessages: { 409: "people.alreadyMember" } });
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

  const onReset = async (membership: Membership) => {
    const link = await listForm.run(() => issuePasswordReset(membership.id, params.networkId));
    if (link) setIssued(link);
  };

  const onRevoke = async (id: string) => {
    const done = await listForm.run(async () => {
      await revokeMemberInvitation(id, params.networkId);
      return true;
    });
    if (done) {
      if (issued()?.id === id) setIssued(undefined);
      listForm.setStatus(() => t("people.revoked"));
    }
  };

  const onAdd = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      email: data.get("email"),
      role: data.get("role"),
      centreId: role() === "facilitator" ? optional(data.get("centreId")) : undefined,
    };
    const link = await addForm.submit(el, memberInvitationCreateSchema, values, (input) =>
      inviteMember(params.networkId, input),
    );
    if (link) {
      el.reset();
      setRole("facilitator");
      setIssued(link);
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
                      <div class="item__actions">
                        <button
                          type="button"
                          class="button button--secondary button--small"
                          aria-label={t("people.resetLabel", { name: m.name })}
                          disabled={listForm.busy()}
                          onClick={() => onReset(m)}
                        >
                          {t("people.reset")}
                        </button>
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
                    </div>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </AsyncView>
      </section>
      <Show when={issued()}>{(link) => <OneTimeLink issued={link()} />}</Show>
      <Show when={(pending() ?? []).length > 0}>
        <section aria-labelledby="people-pending-title">
          <h2 id="people-pending-title">{t("people.pending")}</h2>
          <ul class="item-list">
            <For each={pending()}>
              {(inv) => (
                <li class="item">
                  <div class="item__row">
                    <div>
                      <span class="item__title">{inv.email}</span>
                      <span class="item__meta">
                        {inv.kind === "join"
                          ? t("people.pendingJoin", { role: inv.role ? roleName(inv.role) : "" })
                          : t("people.pendingReset")}
                        <Show when={inv.centreId}>
                          {(id) => <> · {t("people.centre", { centre: centreName(id()) })}</>}
                        </Show>{" "}
                        · {t("people.expires", { date: fmtDate(inv.expiresAt) })}
                      </span>
                    </div>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      aria-label={t("people.revokeLabel", { email: inv.email })}
                      disabled={listForm.busy()}
                      onClick={() => onRevoke(inv.id)}
                    >
                      {t("people.revoke")}
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section aria-labelledby="people-add-title">
        <h2 id="people-add-title">{t("people.add")}</h2>
        <p>{t("people.inviteIntro")}</p>
        <form class="card form" onSubmit={onAdd} novalidate>
          <FormMessages form={addForm} />
          <Field id="person-email" label={t("people.email")} error={addForm.error("email")}>
            {(control) => <input {...control} name="email" type="email" autocomplete="off" required />}
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
          <button type="submit" class="button" disabled={addForm.busy()}>
            {addForm.busy() ? t("form.saving") : t("people.submitAdd")}
          </button>
        </form>
      </section>
    </>
  );
}
