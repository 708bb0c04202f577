// The summary's own words: headings, prefilled phrases and the preview's reminders. Written for the client
// to read: calm, first person, UK English, no blame. Dates are written out ("20 November 2026").
import type { ImpactKind, IncidentCause, SpottedBy } from '../../model/incident';
import type { SummarySectionKey } from '../../model/summary';
import { localIsoDay } from '../dateDisplay';
import { type MessageKind, summaryWords } from '../incidentVerdict';

export type BodySectionKey = Exclude<SummarySectionKey, 'title'>;

export const SECTION_HEADINGS: Readonly<Record<BodySectionKey, string>> = {
  happened: 'What happened',
  impact: 'Impact',
  done: 'What I have done',
  status: 'Current status',
  prevention: 'What I’m changing so it doesn’t happen again',
};

/** Shown in the preview only, where a section is empty; the exported file leaves the section out. */
export const MISSING: Readonly<Record<SummarySectionKey | 'sender' | 'contact' | 'client' | 'signature', string>> = {
  title: 'Add a title before you send this.',
  happened: 'Add what happened before you send this.',
  impact: 'Add the impact before you send this.',
  done: 'Add what you have done before you send this.',
  status: 'Add the current status before you send this.',
  prevention: 'Add what you are changing so it doesn’t happen again before you send this.',
  sender: 'Add your name or business name in Settings before you send this.',
  contact: 'Add your email or phone in Settings so the client can reach you.',
  client: 'Choose the client in the incident before you send this.',
  signature: 'Add your name or a signature in Settings before you send this.',
};

export const DEFAULT_TITLE = 'Incident summary';
/** Titled for what the document is: an incident summary for a mistake, a change request for new work… */
export const titleFor = (briefTitle: string | null, kind: MessageKind = 'apology') => {
  const base = summaryWords(kind).title;
  return briefTitle ? `${base}: ${briefTitle}` : base;
};

export const LABELS = { for: 'For', date: 'Date', from: 'From', attached: 'Attached' } as const;

const IMPACT_PHRASES: Readonly<Record<ImpactKind, string>> = {
  data: 'your data',
  money: 'money',
  deadline: 'a deadline',
  reputation: 'how your business comes across',
  other: 'other work',
};

export function impactSentence(impacts: readonly ImpactKind[]): string {
  const phrases = impacts.map((i) => IMPACT_PHRASES[i]);
  if (phrases.length === 0) return '';
  const list = phrases.length === 1 ? phrases[0]! : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  return `This affected ${list}.`;
}

export const extentSentence = (amount: string) => `Extent: ${amount.replace(/[.\s]+$/u, '')}.`;

/** Only causes the VA can own plainly get a sentence; none of them points at the client. */
const CAUSE_SENTENCES: Readonly<Partial<Record<IncidentCause, string>>> = {
  rushed: 'I moved too quickly and did not double-check before finishing.',
  assumption: 'I made an assumption instead of checking with you first.',
  'unfamiliar-task': 'It was a task I had not done before, and I did not check each step carefully enough.',
  'tool-or-system': 'A tool behaved in a way I did not expect, and I did not catch it in time.',
};
export const causeSentence = (cause: IncidentCause | null) => (cause === null ? '' : (CAUSE_SENTENCES[cause] ?? ''));

export function whenSentence(happenedOn: string | null, reportedOn: string | null, spottedBy: SpottedBy | null): string {
  const parts: string[] = [];
  if (happenedOn) parts.push(`This happened on ${longDate(happenedOn)}.`);
  if (reportedOn && reportedOn !== happenedOn) {
    parts.push(
      spottedBy === 'client'
        ? `You let me know on ${longDate(reportedOn)}.`
        : spottedBy === 'me'
          ? `I noticed it on ${longDate(reportedOn)}.`
          : `It was noticed on ${longDate(reportedOn)}.`,
    );
  }
  return parts.join(' ');
}

export const resolvedSentence = (isoDay: string) => `Resolved on ${longDate(isoDay)}.`;
export const timeSpentSentence = (duration: string) => `Time spent putting this right: ${duration}.`;

export function statusText(closed: boolean, done: number, total: number): string {
  if (closed) return 'This is resolved. If you notice anything else that doesn’t look right, please tell me and I will look at it straight away.';
  if (total > 0) {
    return `I am still working on this: ${done} of ${total} ${total === 1 ? 'step is' : 'steps are'} done. I will let you know as soon as it is fully resolved.`;
  }
  return 'I am working on this now and will let you know as soon as it is resolved.';
}

export const PREVENTION_LIST_INTRO = 'I have added these checks to how I work:';

// ---- Dates ----

// Made on first use: an Intl date format loads ICU's calendar data (about 8 MB resident), which the core should
// not carry from start-up for a summary it may never write.
let dateFormat: Intl.DateTimeFormat | undefined;

/** "2026-11-20" → "20 November 2026". Anything that is not a real date comes back unchanged. */
export function longDate(isoDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return isoDay;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return isoDay;
  dateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(date);
}

/** The calendar day of an instant on this computer's clock, as YYYY-MM-DD. */
export function localDay(isoDateTime: string): string | null {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return null;
  return localIsoDay(date);
}
