import type { RoundStatus } from "../../../shared/schemas/round.ts";
import { t } from "../lib/i18n.ts";

/** A round's status as a labelled badge (its colour is never the only sign: the word is there). */
export function StatusBadge(props: { status: RoundStatus }) {
  return <span class={`badge badge--${props.status}`}>{t(`status.${props.status}`)}</span>;
}
