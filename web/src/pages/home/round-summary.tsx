import type { JSX } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import { StatusBadge } from "../../components/status-badge.tsx";
import { fmtDate, t } from "../../lib/i18n.ts";

/** A round in a home page's list: its name, status and period, then what the role may open. */
export function RoundSummary(props: { round: Round; children?: JSX.Element }) {
  return (
    <li>
      <strong>{props.round.label}</strong> <StatusBadge status={props.round.status} />
      <br />
      <span class="muted">
        {t("rounds.period", { opens: fmtDate(props.round.opensOn), closes: fmtDate(props.round.closesOn) })}
      </span>
      {props.children}
    </li>
  );
}
