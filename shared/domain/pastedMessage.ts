// Recognises what a VA pastes from Gmail, Outlook, Slack, WhatsApp or Teams: the header lines those
// apps put on top (From / Sent / Date / To / Subject, "On … wrote:", a chat name and time), so the
// paste form can pre-fill sender, time and channel for the VA to confirm. Guesses only pre-fill;
// `text` is always the paste exactly as it came.
//
// Dates: day-first (UK) when a numeric date could be read either way, month-first only when
// day-first is impossible (13/25…). Times without a zone are the VA's local time, as their mail and
// chat apps show them. A date without a year takes the latest year that does not put it in the
// future. A time without a date (Slack's "9:14 AM") gives `sentAtText` but no `sentAt`.

export type PastedChannel = 'email' | 'slack' | 'whatsapp' | 'teams' | 'other';

export interface PastedMessage {
  sender: string | null;
  senderAddress: string | null;
  /** ISO 8601 (UTC), only when a full date and time are there. */
  sentAt: string | null;
  /** The date or time as written in the paste. */
  sentAtText: string | null;
  channel: PastedChannel | null;
  subject: string | null;
  /** The paste, verbatim. */
  text: string;
}

export interface RecogniseOptions {
  /** "Today", "Yesterday" and dates without a year are read against this; defaults to the clock. */
  now?: Date;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const TIME = /\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?\b)?/i;
const TIME_ONLY = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?$/i;

interface DayParts {
  year: number | null;
  month: number;
  day: number;
  /** The matched date words, removed before looking for the time. */
  matched: string;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 0 && month <= 11 && day >= 1 && day <= new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** "27th November 2026" or "Nov 27": the month is a word, the year may be missing. */
function spelledDay(match: RegExpExecArray, day: string, month: string, year: string | undefined): DayParts {
  return { year: year ? Number(year) : null, month: MONTHS.indexOf(month.slice(0, 3).toLowerCase()), day: Number(day), matched: match[0] };
}

function findDay(text: string, now: Date): DayParts | null {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso !== null) return { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]), matched: iso[0] };
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(text);
  if (numeric !== null) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3]!)];
    // Day-first unless that is impossible and month-first is not.
    if (validDay(year, b - 1, a)) return { year, month: b - 1, day: a, matched: numeric[0] };
    if (validDay(year, a - 1, b)) return { year, month: a - 1, day: b, matched: numeric[0] };
    return null;
  }
  const dayMonth = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+${MONTH_WORD},?(?:\\s+(\\d{4}))?\\b`, 'i').exec(text);
  if (dayMonth !== null) return spelledDay(dayMonth, dayMonth[1]!, dayMonth[2]!, dayMonth[3]);
  const monthDay = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})${ORDINAL}\\b,?(?:\\s+(\\d{4})\\b)?`, 'i').exec(text);
  if (monthDay !== null) return spelledDay(monthDay, monthDay[2]!, monthDay[1]!, monthDay[3]);
  const relative = /\b(today|yesterday)\b/i.exec(text);
  if (relative !== null) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (relative[1]!.toLowerCase() === 'yesterday' ? 1 : 0));
    return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate(), matched: relative[0] };
  }
  return null;
}

/** A date and time written by a mail or chat app, as ISO UTC; null unless both a day and a time are there. */
export function readPastedDateTime(text: string, now: Date = new Date()): string | null {
  const day = findDay(text, now);
  if (day === null) return null;
  const rest = text.replace(day.matched, ' ');
  const time = TIME.exec(rest);
  if (time === null) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = time[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = /(?:^|\s)(?:(?:GMT|UTC)\s*)?([+-])(\d{2}):?(\d{2})\b|\b(GMT|UTC|Z)\b/.exec(rest.slice(time.index + time[0].length));
  const build = (year: number) => {
    if (!validDay(year, day.month, day.day)) return null;
    if (zone === null) return new Date(year, day.month, day.day, hour, minute, second);
    const offset = zone[4] !== undefined ? 0 : (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
    return new Date(Date.UTC(year, day.month, day.day, hour, minute, second) - offset * 60_000);
  };
  let when: Date | null;
  if (day.year !== null) when = build(day.year);
  else {
    // No year: this year, unless that is more than a day ahead of now.
    when = build(now.getFullYear());
    if (when === null || when.getTime() > now.getTime() + 86_400_000) when = build(now.getFullYear() - 1);
  }
  return when === null || Number.isNaN(when.getTime()) ? null : when.toISOString();
}

// ---- Who sent it ----

const NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\- ]{0,58}[\\p{L}\\p{M}.]";
const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:]+/;

/** "Sarah Lee <sarah@x.com>", "Lee, Sarah [mailto:sarah@x.com]", "sarah@x.com" or "Sarah Lee". */
function readMailbox(value: string): { sender: string | null; senderAddress: string | null } {
  const address = ADDRESS.exec(value)?.[0] ?? null;
  const name = value
    .replace(/<[^>]*>|\[mailto:[^\]]*\]|\([^)]*@[^)]*\)/gi, ' ')
    .replace(address ?? '\u0000', ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  return { sender: name === '' ? null : name, senderAddress: address };
}

// ---- The shapes each app puts on top ----

interface Recognised {
  sender: string | null;
  senderAddress: string | null;
  sentAtText: string | null;
  channel: PastedChannel;
  subject: string | null;
}

// Outlook sometimes copies its labels in bold as "*From:*".
const HEADER = /^\s*\*?(from|sent|date|to|cc|subject)\s*:\*?\s*(.*?)\s*$/i;
/** Lines mail apps put above a quoted header block: Gmail's and Outlook's markers, Outlook's rule, Apple Mail's. */
const SEPARATOR = /^\s*(?:-{3,}\s*(?:forwarded message|original message)\s*-{3,}|_{5,}|begin forwarded message:)\s*$/i;

/** A block of From / Sent / Date / To / Subject lines (Outlook's reply header, Gmail's forward). */
function emailHeaderBlock(lines: string[]): Recognised | null {
  let i = 0;
  if (lines[i] !== undefined && SEPARATOR.test(lines[i]!)) {
    i++;
    while (lines[i]?.trim() === '') i++; // Apple Mail leaves a blank line after its marker
  }
  const fields = new Map<string, string>();
  for (; i < lines.length && i < 12; i++) {
    const header = HEADER.exec(lines[i]!);
    if (header === null) break;
    const key = header[1]!.toLowerCase();
    if (!fields.has(key)) fields.set(key === 'sent' ? 'date' : key, header[2]!);
  }
  if (!fields.has('from') || fields.size < 2) return null;
  return { ...readMailbox(fields.get('from')!), sentAtText: fields.get('date') || null, channel: 'email', subject: fields.get('subject') || null };
}

/**
 * Gmail's quote line: "On Tue, 1 Dec 2026 at 09:14, Sarah Lee <sarah@x.com> wrote:" (US: "On Tue, Dec 1,
 * 2026 at 9:14 AM Sarah Lee <…> wrote:"), sometimes wrapped over two lines. The name holds no digits,
 * which is where the date ends when no comma says so.
 */
function gmailQuote(lines: string[]): Recognised | null {
  const first = lines[0] ?? '';
  const line = /^\s*On /i.test(first) && !/wrote:\s*$/i.test(first) ? `${first} ${lines[1] ?? ''}` : first;
  const quote = /^\s*On (.+?),? ("[^"]*"\s*<[^<>\s]+@[^<>\s]+>|[^,<>\d]*<\s*[^<>\s]+@[^<>\s]+\s*>|[^\s<>]+@[^\s<>]+) wrote:\s*$/i.exec(line);
  if (quote === null) return null;
  let [when, who] = [quote[1]!, quote[2]!];
  // "… at 9:14 PM Sarah Lee <…>": the AM/PM belongs to the time, not the name.
  const meridiem = /^([AaPp]\.?[Mm]\.?)\s+/.exec(who);
  if (meridiem !== null) [when, who] = [`${when} ${meridiem[1]}`, who.slice(meridiem[0].length)];
  return { ...readMailbox(who), sentAtText: when.trim(), channel: 'email', subject: null };
}

/** Gmail's message view: "Sarah Lee <sarah@x.com>" then the date, on the same line or the next. */
function gmailView(lines: string[]): Recognised | null {
  const first = new RegExp(`^\\s*(${NAME})\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*(.*)$`, 'u').exec(lines[0] ?? '');
  if (first === null) return null;
  const when = (first[3]!.trim() || lines[1]?.trim() || '').replace(/\s*\([^)]*ago\)\s*$/i, '').trim();
  if (when === '' || !TIME.test(when)) return null;
  return { sender: first[1]!.trim(), senderAddress: first[2]!, sentAtText: when, channel: 'email', subject: null };
}

const DATE_NUMERIC = '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}';
const TIME_TEXT = '\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?';

/** WhatsApp's copies: "[01/12/2026, 09:14:22] Sarah Lee: …", "01/12/2026, 09:14 - Sarah Lee: …", "[09:14, 01/12/2026] Sarah Lee: …". */
function whatsApp(line: string): Recognised | null {
  const shapes = [
    new RegExp(`^\\s*\\[(${DATE_NUMERIC},? ${TIME_TEXT})\\] ([^:]{1,60}?): `, 'u'),
    new RegExp(`^\\s*(${DATE_NUMERIC},? ${TIME_TEXT}) [-–] ([^:]{1,60}?): `, 'u'),
    new RegExp(`^\\s*\\[(${TIME_TEXT},? ${DATE_NUMERIC})\\] ([^:]{1,60}?): `, 'u'),
  ];
  for (const shape of shapes) {
    const m = shape.exec(line);
    if (m !== null) return { sender: m[2]!.trim(), senderAddress: null, sentAtText: m[1]!, channel: 'whatsapp', subject: null };
  }
  return null;
}

/** Slack: "Sarah Lee  9:14 AM" (or the time on the next line), "Sarah Lee — Today at 9:14", "[9:14 AM] Sarah Lee: …". */
function slack(lines: string[]): Recognised | null {
  const first = lines[0] ?? '';
  const sameLine = new RegExp(`^\\s*(${NAME})(?:\\s{2,}|\\t+)(${TIME_TEXT})\\s*$`, 'u').exec(first);
  if (sameLine !== null) return { sender: sameLine[1]!.trim(), senderAddress: null, sentAtText: sameLine[2]!, channel: 'slack', subject: null };
  const nameAlone = new RegExp(`^\\s*(${NAME})\\s*$`, 'u').exec(first);
  if (nameAlone !== null && TIME_ONLY.test(lines[1]?.trim() ?? '')) {
    return { sender: nameAlone[1]!.trim(), senderAddress: null, sentAtText: lines[1]!.trim(), channel: 'slack', subject: null };
  }
  const dashed = new RegExp(`^\\s*(${NAME})\\s+[—–-]\\s+((?:today|yesterday|[^\\n]*?\\d)[^\\n]*?${TIME_TEXT})\\s*$`, 'iu').exec(first);
  if (dashed !== null) return { sender: dashed[1]!.trim(), senderAddress: null, sentAtText: dashed[2]!.trim(), channel: 'slack', subject: null };
  const bracketed = new RegExp(`^\\s*\\[(${TIME_TEXT})\\] ([^:]{1,60}?): `, 'u').exec(first);
  if (bracketed !== null) return { sender: bracketed[2]!.trim(), senderAddress: null, sentAtText: bracketed[1]!, channel: 'slack', subject: null };
  return null;
}

/** Teams: "Sarah Lee 01/12/2026 09:14" (or with a comma), "[01/12/2026 09:14] Sarah Lee". */
function teams(line: string): Recognised | null {
  const nameFirst = new RegExp(`^\\s*(${NAME}),?\\s+(${DATE_NUMERIC},? ${TIME_TEXT})\\s*$`, 'u').exec(line);
  if (nameFirst !== null) return { sender: nameFirst[1]!.trim(), senderAddress: null, sentAtText: nameFirst[2]!, channel: 'teams', subject: null };
  const dateFirst = new RegExp(`^\\s*\\[(${DATE_NUMERIC},? ${TIME_TEXT})\\]\\s+(${NAME})\\s*$`, 'u').exec(line);
  if (dateFirst !== null) return { sender: dateFirst[2]!.trim(), senderAddress: null, sentAtText: dateFirst[1]!, channel: 'teams', subject: null };
  return null;
}

/** A bracketed ISO timestamp and "Name: …" (Signal, Discord exports, chat logs): some other app. */
function otherChat(line: string): Recognised | null {
  const m = new RegExp(`^\\s*\\[(\\d{4}-\\d{2}-\\d{2}[ T]${TIME_TEXT})\\] ([^:]{1,60}?): `, 'u').exec(line);
  return m === null ? null : { sender: m[2]!.trim(), senderAddress: null, sentAtText: m[1]!, channel: 'other', subject: null };
}

export function recognisePastedMessage(text: string, options: RecogniseOptions = {}): PastedMessage {
  const now = options.now ?? new Date();
  // Only the top of the paste is looked at: the header lines are there, and a long paste stays cheap.
  // For matching only, no-break spaces (WhatsApp puts U+202F before AM/PM) count as spaces and
  // invisible direction marks (WhatsApp and Teams put them at line starts) are dropped.
  const lines = text
    .slice(0, 4000)
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .split(/\r\n|\r|\n/)
    .slice(0, 40);
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  const found = recogniseTop(lines);
  if (found === null) return { sender: null, senderAddress: null, sentAt: null, sentAtText: null, channel: null, subject: null, text };
  const sentAtText = found.sentAtText?.trim() || null;
  return { ...found, sentAtText, sentAt: sentAtText === null ? null : readPastedDateTime(sentAtText, now), text };
}

function recogniseTop(lines: string[]): Recognised | null {
  const first = lines[0] ?? '';
  return emailHeaderBlock(lines) ?? gmailQuote(lines) ?? whatsApp(first) ?? otherChat(first) ?? teams(first) ?? gmailView(lines) ?? slack(lines);
}
