import { A, createAsync } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { getFieldworkRound } from "./fieldwork-data.ts";
import "./fieldwork.css";

/** Whether the signed-in person coordinates the round's network: the one who holds the codes. */
export const isRoundCoordinator = (r: Round) =>
  (me()?.memberships ?? []).some((m) => m.networkId === r.networkId && m.role === "coordinator");

export type FieldworkSection = "invitations" | "import" | "participation";

const titles = {
  invitations: "survey.fieldwork.invitations.title",
  import: "survey.fieldwork.import.title",
  participation: "survey.fieldwork.participation.title",
} as const;

/**
 * The frame of a round's fieldwork pages: the round's name and status, the way back to the rounds,
 * and tabs between invitations, import and participation.
 */
export function FieldworkFrame(props: {
  roundId: string;
  section: FieldworkSection;
  children: (round: Round) => JSX.Element;
}) {
  const round = createAsync(() => getFieldworkRound(props.roundId));
  const base = () => `/rounds/${props.roundId}`;
  const roles = (r: Round) =>
    (me()?.memberships ?? []).filter((m) => m.networkId === r.networkId).map((m) => m.role);
  const isCoordinator = isRoundCoordinator;
  // A researcher may read the round but not its fieldwork: the API answers 403 there.
  const mayWork = (r: Round) => roles(r).some((role) => role === "coordinator" || role === "facilitator");
  return (
    <AsyncView page notFound={t("survey.fieldwork.notFound")}>
      <Show when={round()}>
        {(r) => (
          <div class="fieldwork">
            <p class="fieldwork__back no-print">
              <A href={isCoordinator(r()) ? `/networks/${r().networkId}/rounds` : "/"}>
                {isCoordinator(r()) ? t("survey.fieldwork.backRounds") : t("survey.fieldwork.backHome")}
              </A>
            </p>
            <PageTitle text={t(titles[props.section], { label: r().label })}>
              {t(titles[props.section], { label: r().label })}
            </PageTitle>
            <p class="no-print">
              <StatusBadge status={r().status} />
            </p>
            <nav class="tabs no-print" aria-label={t("survey.fieldwork.nav")}>
              <ul>
                <li>
                  <A href={`${base()}/invitations`}>{t("survey.fieldwork.tab.invitations")}</A>
                </li>
                <li>
                  <A href={`${base()}/import`}>{t("survey.fieldwork.tab.import")}</A>
                </li>
                <li>
                  <A href={`${base()}/participation`}>{t("survey.fieldwork.tab.participation")}</A>
                </li>
              </ul>
            </nav>
            <div class="tab-panel">
              <Show when={mayWork(r())} fallback={<p class="notice">{t("survey.fieldwork.notForRole")}</p>}>
                {props.children(r())}
              </Show>
            </div>
          </div>
        )}
      </Show>
    </AsyncView>
  );
}
