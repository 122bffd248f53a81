import { A } from "@solidjs/router";
import type { z } from "zod";
import type { membershipViewSchema } from "../../../../shared/schemas/auth.ts";
import { t } from "../../lib/i18n.ts";
import { ExportDesk } from "../research/export-desk.tsx";
import { SnapshotDesk } from "../research/snapshot-desk.tsx";

type MembershipView = z.infer<typeof membershipViewSchema>;

/** A researcher's desk: the exports of the network, downloaded here or through the API with a token. */
export function ResearcherSummary(props: { membership: MembershipView }) {
  return (
    <section class="card" aria-labelledby={`research-${props.membership.networkId}`}>
      <h2 id={`research-${props.membership.networkId}`}>{props.membership.networkName}</h2>
      <p class="muted">{t("home.yourRole", { role: t("role.researcher") })}</p>
      <p>{t("home.researcher.intro")}</p>
      <ExportDesk networkId={props.membership.networkId} />
      <SnapshotDesk networkId={props.membership.networkId} />
      <p>
        <A href={`/research/guide?network=${encodeURIComponent(props.membership.networkId)}`}>
          {t("home.researcher.docs")}
        </A>
      </p>
    </section>
  );
}
