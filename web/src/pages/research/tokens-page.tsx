import { createAsync, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { tokenCreateSchema } from "../../../../shared/schemas/research.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { CopyButton } from "../../components/copy-button.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm, optional } from "../../lib/form.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { createToken, getTokens, revokeToken } from "./research-data.ts";
import "./tokens.css";

/**
 * The coordinator's research tokens: create one (name, optional last day), shown once with a copy
 * button; the list with when each was made, last used and expires; revoke after a confirmation.
 */
export default function TokensPage() {
  const params = useParams<{ networkId: string }>();
  const tokens = createAsync(() => getTokens(params.networkId));
  const form = createForm();
  const list = createForm();
  const [shown, setShown] = createSignal<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = createSignal<{ id: string; name: string } | null>(null);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = { name: data.get("name"), expiresOn: optional(data.get("expiresOn")) };
    const created = await form.submit(el, tokenCreateSchema, values, (input) =>
      createToken(params.networkId, input),
    );
    if (created) {
      el.reset();
      setShown({ name: created.name, token: created.token });
      document.getElementById("token-once")?.focus();
    }
  };

  const revoke = async () => {
    const target = revoking();
    setRevoking(null);
    if (!target) return;
    await list.run(() => revokeToken(params.networkId, target.id));
    if (!list.failure()) list.setStatus(() => t("research.tokens.revoked", { name: target.name }));
  };

  return (
    <>
      <section aria-labelledby="token-add-title">
        <h2 id="token-add-title">{t("research.tokens.add")}</h2>
        <p>{t("research.tokens.intro")}</p>
        <form class="card form" onSubmit={onSubmit} novalidate>
          <FormMessages form={form} />
          <Field id="token-name" label={t("research.tokens.name")} error={form.error("name")}>
            {(control) => <input {...control} name="name" type="text" maxlength="120" required />}
          </Field>
          <Field
            id="token-expires"
            label={t("research.tokens.expiresOn")}
            hint={t("research.tokens.expiresHint")}
            error={form.error("expiresOn")}
          >
            {(control) => <input {...control} name="expiresOn" type="date" />}
          </Field>
          <button type="submit" class="button" disabled={form.busy()}>
            {form.busy() ? t("form.saving") : t("research.tokens.create")}
          </button>
        </form>
        <Show when={shown()}>
          {(s) => (
            <div class="card token-once" id="token-once" tabindex="-1" role="status">
              <h3>{t("research.tokens.onceTitle", { name: s().name })}</h3>
              <p>{t("research.tokens.once")}</p>
              <p>
                <code class="token-value" data-token>
                  {s().token}
                </code>
              </p>
              <div class="button-row">
                <CopyButton
                  text={s().token}
                  label={t("research.tokens.copy")}
                  copiedLabel={t("research.tokens.copied")}
                />
                <button type="button" class="button button--secondary" onClick={() => setShown(null)}>
                  {t("research.tokens.hide")}
                </button>
              </div>
            </div>
          )}
        </Show>
      </section>
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("research.tokens.title")}</h2>
        <FormMessages form={list} />
        <AsyncView>
          <Show when={(tokens() ?? []).length > 0} fallback={<p>{t("research.tokens.none")}</p>}>
            <ul class="item-list" id="token-list">
              <For each={tokens()}>
                {(token) => (
                  <li class="item" classList={{ "item--inactive": !token.active }} data-token-id={token.id}>
                    <span class="item__title">{token.name}</span>
                    <span class="item__meta">
                      {t("research.tokens.created", { date: fmtDate(token.createdAt.slice(0, 10)) })}
                      {" · "}
                      {token.lastUsedAt
                        ? t("research.tokens.lastUsed", { date: fmtDate(token.lastUsedAt.slice(0, 10)) })
                        : t("research.tokens.neverUsed")}
                      {" · "}
                      {token.expiresOn
                        ? t("research.tokens.expires", { date: fmtDate(token.expiresOn) })
                        : t("research.tokens.noExpiry")}
                    </span>
                    <Show
                      when={token.active}
                      fallback={
                        <span class="badge badge--left">
                          {token.revokedAt ? t("research.tokens.isRevoked") : t("research.tokens.isExpired")}
                        </span>
                      }
                    >
                      <button
                        type="button"
                        class="button button--danger"
                        onClick={() => setRevoking({ id: token.id, name: token.name })}
                        aria-label={t("research.tokens.revokeNamed", { name: token.name })}
                      >
                        {t("research.tokens.revoke")}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </AsyncView>
      </section>
      <ConfirmDialog
        id="token-revoke"
        open={revoking() !== null}
        title={t("research.tokens.revokeTitle", { name: revoking()?.name ?? "" })}
        confirmLabel={t("research.tokens.revoke")}
        cancelLabel={t("research.tokens.cancel")}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        <p>{t("research.tokens.revokeText")}</p>
      </ConfirmDialog>
    </>
  );
}
