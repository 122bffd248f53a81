import type { VotingSession } from "../../../../shared/schemas/workshop.ts";
import { t } from "../../lib/i18n.ts";

/** "Rank all", "Rank the top 3", "Pairs". */
export function sessionForm(mode: "rank" | "pairwise", topN: number | null): string {
  if (mode === "pairwise") return t("workshops.session.form.pairwise");
  return topN ? t("workshops.session.form.top", { n: topN }) : t("workshops.session.form.all");
}

/** The session's own name, or "Voting session 2" by its place among the workshop's sessions (0-based). */
export const sessionName = (session: Pick<VotingSession, "label">, index: number): string =>
  session.label ?? t("workshops.session.numbered", { n: index + 1 });
