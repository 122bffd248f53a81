import type { ActionStatus } from "../../../../shared/schemas/action-plan.ts";
import { t } from "../../lib/i18n.ts";
import "./plan-status.css";

/** A plan's or action's status as a badge with its word (never colour alone). */
export function PlanStatus(props: { status: ActionStatus }) {
  return (
    <span class={`badge plan-status plan-status--${props.status}`}>
      {t(`workshops.status.${props.status}`)}
    </span>
  );
}
