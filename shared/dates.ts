/** Dates as the API stores and compares them: ISO `YYYY-MM-DD`, in UTC. */

/** Today's date (UTC) as `YYYY-MM-DD`. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
