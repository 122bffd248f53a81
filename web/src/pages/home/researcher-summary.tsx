import type { z } from "zod";
import type { membershipViewSchema } from "../../../../shared/schemas/auth.ts";
import { t } from "../../lib/i18n.ts";

type MembershipView = z.infer<typeof membershipViewSchema>;

/** A researcher reads through the research API; the exports themselves come with a later issue. */
export function ResearcherSummary(props: { membership: MembershipView }) {
  return (
    <section class="card" aria-labelledby={`research-${props.membership.networkId}`}>
      <h2 id={`research-${props.membership.networkId}`}>{props.membership.networkName}</h2>
      <p class="muted">{t("home.yourRole", { role: t("role.researcher") })}</p>
      <p>{t("home.researcher.intro")}</p>
      <p>{t("home.researcher.exports")}</p>
      <p>
        {/* rel=external: a page of the API, not a route of this app. */}
        <a href="/api/docs" rel="external">
          {t("home.researcher.docs")}
        </a>
      </p>
    </section>
  );
}
