// Which paper-trail entries to show when the VA checks whether the client actually asked for this.
import { addDays, isValidIsoDate } from './workingDays';
import { compareCodeUnits } from './order';

export interface TrailEntryLike {
  id: string;
  briefId: string | null;
  receivedAt: string;
  createdAt: string;
}

/** How far either side of the day it happened a client's other messages count as "around the time". */
export const AROUND_DAYS = 30;
/** Without a date to centre on, how many of the client's latest other messages to show. */
export const LATEST_WITHOUT_DATE = 10;

/**
 * The brief's own entries (all of them), plus the client's other entries from `days` days either side of
 * the day it happened, oldest first. `nearestId` is the last entry received on or before that day: the
 * most likely instruction.
 */
export function entriesAroundTime<T extends TrailEntryLike>(
  entries: readonly T[],
  options: { briefId: string | null; happenedOn: string | null; days?: number },
): { entries: T[]; nearestId: string | null } {
  const days = options.days ?? AROUND_DAYS;
  const byTime = [...entries].sort((a, b) => compareCodeUnits(a.receivedAt, b.receivedAt) || compareCodeUnits(a.createdAt, b.createdAt));
  const own = (e: T) => options.briefId !== null && e.briefId === options.briefId;
  const day = (e: T) => e.receivedAt.slice(0, 10);
  let shown: T[];
  if (options.happenedOn !== null && isValidIsoDate(options.happenedOn)) {
    const from = addDays(options.happenedOn, -days);
    const to = addDays(options.happenedOn, days);
    shown = byTime.filter((e) => own(e) || (day(e) >= from && day(e) <= to));
  } else {
    const others = byTime.filter((e) => !own(e)).slice(-LATEST_WITHOUT_DATE);
    shown = byTime.filter((e) => own(e) || others.includes(e));
  }
  const cutoff = options.happenedOn ?? '9999-12-31';
  const before = shown.filter((e) => day(e) <= cutoff);
  return { entries: shown, nearestId: before[before.length - 1]?.id ?? null };
}
