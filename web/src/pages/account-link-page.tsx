import { A, createAsync, useParams } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import {
  type InvitationLookup,
  invitationAcceptedSchema,
  invitationAcceptSchema,
  invitationLookupSchema,
} from "../../../shared/schemas/membership.ts";
import { Field } from "../components/field.tsx";
import { FormMessages } from "../components/form-messages.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { api } from "../lib/api.ts";
import { createForm, optional } from "../lib/form.ts";
import { t } from "../lib/i18n.ts";
import { loadMe, me, signIn, signOut } from "../lib/session.ts";

type Outcome = "joined" | "reset";

/**
 * The page behind a one-time link: accept an invitation to a role (a new person chooses a name
 * and password; someone with an account signs in first) or choose a new password.
 */
/** The password a person chooses, on both forms of the page (a new account, a reset). */
function NewPasswordField(props: { label: string; error: string | undefined }) {
  return (
    <Field id="account-password" label={props.label} error={props.error}>
      {(control) => (
        <input
          {...control}
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="10"
          required
        />
      )}
    </Field>
  );
}

export default function AccountLinkPage() {
  const params = useParams<{ token: string }>();
  const link = createAsync(() =>
    api
      .get(invitationLookupSchema, `/api/v1/account-links/${encodeURIComponent(params.token)}`)
      .catch(() => null),
  );
  const [outcome, setOutcome] = createSignal<Outcome>();
  const form = createForm({
    statusMessages: { 404: "account.invalid", 409: "account.existing", 403: "account.otherAccount" },
  });
  const path = () => `/api/v1/account-links/${encodeURIComponent(params.token)}/accept`;

  const onCreate = async (event: SubmitEvent, l: InvitationLookup) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = { name: optional(data.get("name")), password: optional(data.get("password")) };
    const ok = await form.submit(el, invitationAcceptSchema, values, async (input) => {
      await api.post(invitationAcceptedSchema, path(), input);
      if (l.kind === "join" && input.password) await signIn({ email: l.email, password: input.password });
      return true;
    });
    if (ok) setOutcome(l.kind === "join" ? "joined" : "reset");
  };

  const onAccept = async () => {
    const ok = await form.run(async () => {
      await api.post(invitationAcceptedSchema, path(), {});
      await loadMe(); // the new network belongs in the menu
      return true;
    });
    if (ok) setOutcome("joined");
  };

  const invitedText = (l: InvitationLookup) => {
    const role = l.role ? t(`role.${l.role}`) : "";
    return l.centreName
      ? t("account.invitedCentre", { network: l.networkName, role, centre: l.centreName })
      : t("account.invited", { network: l.networkName, role });
  };

  return (
    <div class="narrow">
      <Show when={link() !== undefined} fallback={<p aria-busy="true">{t("app.loading")}</p>}>
        <Show
          when={link()}
          fallback={
            <>
              <PageTitle text={t("account.title")}>{t("account.title")}</PageTitle>
              <p class="message message--error">{t("account.invalid")}</p>
            </>
          }
        >
          {(l) => (
            <Switch>
              <Match when={outcome() === "joined"}>
                <PageTitle text={t("account.title")}>{t("account.title")}</PageTitle>
                <p class="message message--ok" role="status">
                  {t("account.joined")}
                </p>
                <A class="button" href="/">
                  {t("account.goHome")}
                </A>
              </Match>
              <Match when={outcome() === "reset"}>
                <PageTitle text={t("account.resetTitle")}>{t("account.resetTitle")}</PageTitle>
                <p class="message message--ok" role="status">
                  {t("account.resetDone")}
                </p>
                <A class="button" href="/login">
                  {t("account.signIn")}
                </A>
              </Match>
              <Match when={l().kind === "reset"}>
                <PageTitle text={t("account.resetTitle")}>{t("account.resetTitle")}</PageTitle>
                <p>{t("account.forEmail", { email: l().email })}</p>
                <form class="card form" onSubmit={(e) => onCreate(e, l())} novalidate>
                  <FormMessages form={form} />
                  <NewPasswordField label={t("account.newPassword")} error={form.error("password")} />
                  <button type="submit" class="button" disabled={form.busy()}>
                    {form.busy() ? t("form.saving") : t("account.saveReset")}
                  </button>
                </form>
              </Match>
              <Match when={me()}>
                {(who) => (
                  <>
                    <PageTitle text={t("account.title")}>{t("account.title")}</PageTitle>
                    <p>{invitedText(l())}</p>
                    <p>{t("account.signedInAs", { email: who().email })}</p>
                    <Show
                      when={who().email === l().email}
                      fallback={
                        <div class="card">
                          <p class="message message--error">
                            {t("account.otherAccount", { email: l().email })}
                          </p>
                          <button type="button" class="button button--secondary" onClick={() => signOut()}>
                            {t("app.logout")}
                          </button>
                        </div>
                      }
                    >
                      <FormMessages form={form} />
                      <button type="button" class="button" disabled={form.busy()} onClick={onAccept}>
                        {t("account.accept")}
                      </button>
                    </Show>
                  </>
                )}
              </Match>
              <Match when={me() === null}>
                <PageTitle text={t("account.title")}>{t("account.title")}</PageTitle>
                <p>{invitedText(l())}</p>
                <p>{t("account.forEmail", { email: l().email })}</p>
                <form class="card form" onSubmit={(e) => onCreate(e, l())} novalidate>
                  <h2>{t("account.newPerson")}</h2>
                  <FormMessages form={form} />
                  <Field id="account-name" label={t("account.name")} error={form.error("name")}>
                    {(control) => (
                      <input
                        {...control}
                        name="name"
                        type="text"
                        maxlength="120"
                        autocomplete="name"
                        required
                      />
                    )}
                  </Field>
                  <NewPasswordField label={t("account.password")} error={form.error("password")} />
                  <button type="submit" class="button" disabled={form.busy()}>
                    {form.busy() ? t("form.saving") : t("account.create")}
                  </button>
                </form>
                <p>
                  {t("account.haveAccount")}{" "}
                  <A href={`/login?next=${encodeURIComponent(`/account/${params.token}`)}`}>
                    {t("account.signIn")}
                  </A>
                </p>
              </Match>
            </Switch>
          )}
        </Show>
      </Show>
    </div>
  );
}
