import { createSignal, Show } from "solid-js";
import type { MemberInvitationIssued } from "../../../../shared/schemas/membership.ts";
import { fmtDate, t } from "../../lib/i18n.ts";

/**
 * A one-time link just made: shown once, for the coordinator to copy and pass on. The app keeps
 * no copy; leaving the page loses it (a new link can be made, which ends this one).
 */
export function OneTimeLink(props: { issued: MemberInvitationIssued }) {
  const [copied, setCopied] = createSignal(false);
  const url = () => `${location.origin}${props.issued.path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url());
      setCopied(true);
    } catch {
      // Without clipboard access the field stays selected for a manual copy.
      document.getElementById(`link-${props.issued.id}`)?.focus();
    }
  };
  return (
    <section class="card one-time-link" aria-labelledby={`link-title-${props.issued.id}`}>
      <h3 id={`link-title-${props.issued.id}`}>
        {props.issued.kind === "join"
          ? t("people.linkTitle", { email: props.issued.email })
          : t("people.resetLinkTitle", { email: props.issued.email })}
      </h3>
      <p>{t("people.linkOnce", { date: fmtDate(props.issued.expiresAt) })}</p>
      <input
        id={`link-${props.issued.id}`}
        class="one-time-link__url"
        type="text"
        readonly
        value={url()}
        aria-labelledby={`link-title-${props.issued.id}`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" class="button button--secondary" onClick={copy}>
        {t("people.copy")}
      </button>
      <p role="status">
        <Show when={copied()}>{t("people.copied")}</Show>
      </p>
    </section>
  );
}
