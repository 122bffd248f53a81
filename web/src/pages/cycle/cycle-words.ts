/** The words of the cycle: steps, their states, and each check done or to do. */
import type { CycleCheck, CycleCheckKey, CycleStep, CycleStepKey } from "../../../../shared/schemas/cycle.ts";
import { fmtDate, t } from "../../lib/i18n.ts";

export const stepTitle = (key: CycleStepKey) => t(`seminars.cycle.step.${key}`);

export const statusWord = (status: CycleStep["status"]) => t(`seminars.cycle.status.${status}`);

/** A mark that repeats the status for the eye; the word is always there too. */
export const statusMark = (status: CycleStep["status"]) =>
  status === "done" ? "✓" : status === "in-progress" ? "◐" : "○";

export const checkText = (key: CycleCheckKey, done: boolean) =>
  t(done ? `seminars.cycle.done.${key}` : `seminars.cycle.todo.${key}`);

export const linkText = (key: CycleCheckKey) => t(`seminars.cycle.link.${key}`);

/** The next step's button: what to go and do. */
export const doText = (key: CycleCheckKey) => t(`seminars.cycle.do.${key}`);

/** When it happened and how many, where the data says. */
export function checkDetail(check: CycleCheck): string {
  const parts: string[] = [];
  if (check.done && check.on) parts.push(fmtDate(check.on));
  if (check.asked !== null && check.count !== null && check.count > 0)
    parts.push(t("seminars.cycle.countOf", { n: check.count, asked: check.asked }));
  else if (check.count !== null && check.count > 0) parts.push(t("seminars.cycle.count", { n: check.count }));
  return parts.join(" · ");
}

/**
 * Whether the reader can follow a check's link: the coordinator everywhere; a facilitator to their
 * own tasks, and to reports once they are published (the rounds page is the coordinator's).
 */
export function canFollow(
  check: Pick<CycleCheck, "actor" | "done"> & { key: CycleCheckKey },
  coordinator: boolean,
) {
  if (coordinator || check.actor === "facilitator") return true;
  return check.done && (check.key === "report-published" || check.key === "next-round-published");
}
