// One way to show dates and times everywhere the VA reads them: dates as "Thu 10 Dec 2026",
// times as the operating system shows them (12- or 24-hour). Formats are made on first use:
// a single Intl format costs megabytes at start-up (see tests/unit/core/startupIcu.test.ts).

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let timeFormat: Intl.DateTimeFormat | undefined;

/** A calendar day "YYYY-MM-DD" (or a Date, read in local time) as "Thu 10 Dec 2026". Unreadable input comes back as it was. */
export function formatDay(day: string | Date): string {
  return spellDay(day, WEEKDAYS, MONTHS);
}

/** A day spelled out in full for confirmations: "Thursday 10 December 2026". */
export function formatDayLong(day: string | Date): string {
  return spellDay(day, WEEKDAYS_LONG, MONTHS_LONG);
}

function spellDay(day: string | Date, weekdays: readonly string[], months: readonly string[]): string {
  const parts = dayParts(day);
  if (parts === null) return String(day);
  const { year, month, date } = parts;
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return `${weekdays[weekday]} ${date} ${months[month - 1]} ${year}`;
}

/** A month "YYYY-MM" (or a day in it) as "Nov 2026". Unreadable input comes back as it was. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  const index = match === null ? -1 : Number(match[2]) - 1;
  if (match === null || index < 0 || index > 11) return month;
  return `${MONTHS[index]} ${match[1]}`;
}

/** The time of an instant as the operating system shows times (the VA's locale), e.g. "15:07" or "3:07 pm". */
export function formatTime(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  timeFormat ??= new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  return timeFormat.format(d);
}

/** An instant as its local day and time: "Thu 10 Dec 2026, 15:07". */
export function formatDateTime(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  return `${formatDay(d)}, ${formatTime(d)}`;
}

/** The local calendar day of a Date as "YYYY-MM-DD". */
export function localIsoDay(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dayParts(day: string | Date): { year: number; month: number; date: number } | null {
  if (day instanceof Date) {
    if (Number.isNaN(day.getTime())) return null;
    return { year: day.getFullYear(), month: day.getMonth() + 1, date: day.getDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (match === null) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  return { year, month, date };
}
