// Reads a message's Date header strictly: a date that cannot be trusted becomes null, never a guess.
// Accepts RFC 5322 dates (with the obsolete zone names and two-digit years it still allows) and the
// ISO 8601 form some tools write. A date with no zone at all is read as UTC, so the VA still sees a
// day and time; an unknown zone name ("BST", "IST" mean different things to different mailers) is not.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Offsets in minutes east of UTC for the zone names RFC 5322 section 4.3 still allows. */
const ZONE_NAMES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const RFC_DATE =
  /^(?:([A-Za-z]{3,9})\s*,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2})(\d{2})|([A-Za-z]{1,5}))?\s*(?:\([^()]*\))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(?:(Z)|([+-])(\d{2}):?(\d{2}))?$/i;

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  const short = MONTHS.indexOf(lower);
  if (short >= 0) return short;
  const long = MONTH_NAMES.indexOf(lower);
  if (long >= 0) return long;
  return lower === 'sept' ? 8 : -1;
}

/** Minutes east of UTC, or null for a zone we cannot place. Absent zone → UTC. */
function zoneOffset(sign: string | undefined, hours: string | undefined, minutes: string | undefined, name: string | undefined): number | null {
  if (sign !== undefined && hours !== undefined && minutes !== undefined) {
    const h = Number(hours);
    const m = Number(minutes);
    if (h > 23 || m > 59) return null;
    return (sign === '-' ? -1 : 1) * (h * 60 + m);
  }
  if (name === undefined) return 0;
  const upper = name.toUpperCase();
  if (upper in ZONE_NAMES) return ZONE_NAMES[upper] ?? null;
  // RFC 5322 4.3: single-letter military zones were so often wrong that they mean "-0000", no information.
  if (/^[A-IK-Z]$/.test(upper)) return 0;
  return null;
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (year.length === 3) return 1900 + n;
  return n;
}

/** A UTC ISO string from the parts, or null when any part is out of range (30 February, 25:00…). */
function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): string | null {
  if (year < 1900 || year > 2999 || month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  // A leap second is shown as the last ordinary second: the VA needs the minute, not the physics.
  const ms = Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** The Date header as an ISO 8601 UTC string, or null when it is absent or cannot be read with confidence. */
export function parseMailDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 200) return null;
  const rfc = RFC_DATE.exec(text);
  if (rfc !== null) {
    const [, dayName, day, month, year, hour, minute, second, sign, zh, zm, zoneName] = rfc;
    if (dayName !== undefined && !DAY_NAMES.includes(dayName.toLowerCase())) return null;
    const offset = zoneOffset(sign, zh, zm, zoneName);
    if (offset === null) return null;
    return build(fullYear(year!), monthIndex(month!), Number(day), Number(hour), Number(minute), Number(second ?? 0), offset);
  }
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    const [, year, month, day, hour, minute, second, zulu, sign, zh, zm] = iso;
    const offset = zulu !== undefined ? 0 : zoneOffset(sign, zh, zm, undefined);
    if (offset === null) return null;
    return build(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0), offset);
  }
  return null;
}
