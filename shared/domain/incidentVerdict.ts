// What the paper trail's verdict changes in the rest of the incident: whether the VA apologises or sends a notice,
// which tone rules apply, the call script's headings, the words in the timeline and paper trail, the client
// document's title, and whether Insights counts it as a mistake.
//
// Decisions:
// - "My mistake" and "the brief was unclear" are mistakes: an apology (for an unclear brief, a shared one:
//   "I should have checked"). "Done as instructed" and "beyond what was agreed" are not: no apology step, a
//   "Tell the client" step instead, with a friendly pointer to what was asked or a polite notice of a billable change.
// - Until the verdict is known the flow assumes a mistake, because that is what the VA said when they started.
import type { IncidentCause } from '../model/incident';
import type { ToneCategory } from './apologyTone/types';
import type { Verdict } from './remedy';

export type MessageKind = 'apology' | 'shared-apology' | 'instruction-pointer' | 'change-notice';

export function messageKind(verdict: Verdict | null): MessageKind {
  switch (verdict) {
    case 'as-instructed':
      return 'instruction-pointer';
    case 'beyond-spec':
      return 'change-notice';
    case 'unclear-brief':
      return 'shared-apology';
    default:
      return 'apology';
  }
}

/** Whether the incident counts as one of the VA's mistakes (Insights, the client document, the cause). */
export const isMistake = (verdict: Verdict | null): boolean => verdict !== 'as-instructed' && verdict !== 'beyond-spec';

/** Tone rules that do not apply when nothing needs apologising for: there is nothing to own. */
export function toneCategoriesOff(verdict: Verdict | null): ToneCategory[] {
  return isMistake(verdict) ? [] : ['missing-ownership'];
}

export interface MessageWords {
  /** The stage's name in the progress list. */
  stageName: string;
  heading: string;
  hint: string;
  /** "apology", "notice" or "message", for sentences such as "Sent the notice by email." */
  noun: string;
}

const MESSAGE_WORDS: Readonly<Record<MessageKind, MessageWords>> = {
  apology: {
    stageName: 'Apologise',
    heading: 'Write your apology',
    hint: 'Apologise once, say what happened, what you have done and what happens next. Copy it into your email, send it, then mark it as sent.',
    noun: 'apology',
  },
  'shared-apology': {
    stageName: 'Apologise',
    heading: 'Write to the client',
    hint: 'The request could be read more than one way. Say so without blaming anyone, own the check you could have made, and say what happens next.',
    noun: 'apology',
  },
  'instruction-pointer': {
    stageName: 'Tell the client',
    heading: 'Tell the client',
    hint: 'You did what was asked, so there is nothing to apologise for. Point kindly to what was asked, and offer the change.',
    noun: 'message',
  },
  'change-notice': {
    stageName: 'Tell the client',
    heading: 'Tell the client',
    hint: 'This is new work, not a mistake. A short, polite notice: what they asked for, that it is billable, and what happens if they say yes.',
    noun: 'notice',
  },
};

export const messageWords = (verdict: Verdict | null): MessageWords => MESSAGE_WORDS[messageKind(verdict)];

/** The timeline line when the message is marked as sent. */
export const sentTimelineText = (verdict: Verdict | null, channel: string) =>
  `Sent the ${messageWords(verdict).noun} by ${channel}. It is saved in the client’s paper trail.`;

/** The paper-trail source of the message, as the VA will see it later. */
export const sentSourceRef = (verdict: Verdict | null, channel: 'email' | 'chat') =>
  `Sent by you (${channel}): your ${messageWords(verdict).noun}, from an incident`;

/** The call script's beat headings, by verdict. */
export function callScriptTitles(verdict: Verdict | null): { opening: string; prevent: string } {
  switch (messageKind(verdict)) {
    case 'instruction-pointer':
      return { opening: 'Thank them, and say you have checked', prevent: 'How you will confirm changes from now on' };
    case 'change-notice':
      return { opening: 'Thank them for the request', prevent: 'What the change involves' };
    case 'shared-apology':
      return { opening: 'Own your part in one sentence', prevent: 'How you will check next time' };
    default:
      return { opening: 'Own it in one sentence', prevent: 'How it won’t happen again' };
  }
}

/** The cause pre-selected on the close page, where the verdict already says it. */
export function recommendedCause(verdict: Verdict | null): IncidentCause | null {
  switch (verdict) {
    case 'beyond-spec':
      return 'new-request';
    case 'as-instructed':
      return 'client-instruction';
    case 'unclear-brief':
      return 'brief-unclear';
    default:
      return null;
  }
}

/** The client document's title and its last section's heading, for what the document is. */
export function summaryWords(kind: MessageKind): { title: string; preventionHeading: string; preventionMissing: string } {
  switch (kind) {
    case 'change-notice':
      return { title: 'Change request', preventionHeading: 'What happens next', preventionMissing: 'Add what happens next before you send this.' };
    case 'instruction-pointer':
      return {
        title: 'Summary of your request',
        preventionHeading: 'How we’ll confirm changes from now on',
        preventionMissing: 'Add how you will confirm changes before you send this.',
      };
    case 'shared-apology':
      return {
        title: 'Incident summary',
        preventionHeading: 'How I’ll check requests from now on',
        preventionMissing: 'Add how you will check requests before you send this.',
      };
    default:
      return {
        title: 'Incident summary',
        preventionHeading: 'What I’m changing so it doesn’t happen again',
        preventionMissing: 'Add what you are changing so it doesn’t happen again before you send this.',
      };
  }
}
