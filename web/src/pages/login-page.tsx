import { Navigate, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { loginSchema } from "../../../shared/schemas/auth.ts";
import { Field } from "../components/field.tsx";
import { FormMessages } from "../components/form-messages.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { createForm } from "../lib/form.ts";
import { t } from "../lib/i18n.ts";
import { me, signIn } from "../lib/session.ts";

/** Only paths inside the app, never another site ("//evil.example"). */
function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default function LoginPage() {
  const [search] = useSearchParams();
  // A 401 from signing in means a wrong email or password, not an ended session.
  const form = createForm({ statusMessages: { 401: "login.failed" } });

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    // Once signed in, the <Navigate> below takes the visitor on.
    await form.submit(el, loginSchema, { email: data.get("email"), password: data.get("password") }, signIn);
  };

  return (
    <Show when={!me()} fallback={<Navigate href={safeNext(search.next)} />}>
      <div class="narrow">
        <PageTitle text={t("login.title")}>{t("login.title")}</PageTitle>
        <p>{t("login.intro")}</p>
        <form class="card form" onSubmit={onSubmit} novalidate>
          <FormMessages form={form} />
          <Field id="login-email" label={t("login.email")} error={form.error("email")}>
            {(control) => <input {...control} name="email" type="email" autocomplete="username" required />}
          </Field>
          <Field id="login-password" label={t("login.password")} error={form.error("password")}>
            {(control) => (
              <input {...control} name="password" type="password" autocomplete="current-password" required />
            )}
          </Field>
          <button type="submit" class="button" disabled={form.busy()}>
            {form.busy() ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      </div>
    </Show>
  );
}
