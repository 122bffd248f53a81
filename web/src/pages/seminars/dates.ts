import { fmtDate, t } from "../../lib/i18n.ts";

/** A seminar's days: one date, or from–to. */
export function seminarDates(startsOn: string, endsOn: string | null): string {
  if (!endsOn || endsOn === startsOn) return fmtDate(startsOn);
  return t("seminars.dates.range", { from: fmtDate(startsOn), to: fmtDate(endsOn) });
}
