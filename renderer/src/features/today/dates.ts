// Calendar dates (YYYY-MM-DD) in words for the Today and Insights screens. Kept apart from
// shared/domain/workingDays.ts so the renderer does not bundle the holiday calendars.
const at = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00`);

/** "Thu 19 Nov", as the rest of Steadyhand writes dates. */
export function shortDate(iso: string): string {
  return at(iso).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "Thursday 19 November 2026". */
export function longDate(iso: string): string {
  const d = at(iso);
  // Built from parts: some engines put a comma after the weekday, which UK style leaves out.
  const part = (options: Intl.DateTimeFormatOptions) => d.toLocaleDateString('en-GB', options);
  return `${part({ weekday: 'long' })} ${d.getDate()} ${part({ month: 'long' })} ${d.getFullYear()}`;
}

/** "Nov 2026" for a `YYYY-MM` month. */
export function monthLabel(month: string): string {
  return at(`${month}-15`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });
}

export function addCalendarDays(iso: string, days: number): string {
  const d = at(iso);
  d.setDate(d.getDate() + days);
  return localIso(d);
}

/** Today on this computer's calendar, `YYYY-MM-DD`. */
export function localIso(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** How long ago a date was, in whole calendar days from `today`. */
export function daysAgo(iso: string, today: string): number {
  return Math.round((at(today).getTime() - at(iso).getTime()) / 86_400_000);
}
