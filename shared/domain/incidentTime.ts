// Time spent putting an incident right: totals, split into billable and not, and minutes in words.
export interface TimeEntryLike {
  minutes: number;
  removedAt: string | null;
}

export interface TimeTotals {
  totalMinutes: number;
  billableMinutes: number;
  nonBillableMinutes: number;
  entryCount: number;
}

/**
 * Fix time is not billed unless the remedy makes it billable (a billable change, or a no-fault change
 * offered as billable work). Struck-out entries do not count.
 */
export function timeTotals(entries: readonly TimeEntryLike[], billable: boolean): TimeTotals {
  const live = entries.filter((e) => e.removedAt === null && Number.isFinite(e.minutes) && e.minutes > 0);
  const totalMinutes = live.reduce((sum, e) => sum + Math.round(e.minutes), 0);
  return {
    totalMinutes,
    billableMinutes: billable ? totalMinutes : 0,
    nonBillableMinutes: billable ? 0 : totalMinutes,
    entryCount: live.length,
  };
}

/** "45 min", "1 h", "2 h 5 min"; "0 min" for nothing. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Reads what a VA types for a duration: "45", "45m", "1h", "1h 30", "1:30", "1.5h", "90 min".
 * Returns whole minutes, or null when it cannot be read or is not more than zero.
 */
export function parseMinutes(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/,/g, '.');
  if (t === '') return null;
  let minutes: number | null = null;
  const clock = /^(\d+):([0-5]\d)$/.exec(t);
  const hm = /^(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?$/.exec(t);
  const m = /^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?$/.exec(t);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (hm) minutes = Number(hm[1]) * 60 + (hm[2] ? Number(hm[2]) : 0);
  else if (m) minutes = Number(m[1]);
  if (minutes === null || !Number.isFinite(minutes)) return null;
  const rounded = Math.round(minutes);
  return rounded > 0 ? rounded : null;
}
