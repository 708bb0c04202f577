// Whether to phone the client rather than write, and a short call script built from the incident itself.
import type { Severity } from '../model/incident';
import type { Remedy, Verdict } from './remedy';
import { callScriptTitles, isMistake, messageKind } from './incidentVerdict';
import { clientFacingWhat, doneForClient } from './incidentMessage';

/** On the 1–5 scale, this and above counts as "high". */
export const HIGH_UPSET = 4;

export interface CallRecommendationInput {
  clientUpset: number | null;
  vaUpset: number | null;
  severity: Severity | null;
}

export interface CallRecommendation {
  recommended: boolean;
  /** One calm sentence per reason; when no call is needed, one sentence saying writing is fine. */
  reasons: string[];
}

export const CALL_WORDS = {
  clientUpset: (n: number) => `The client seems very upset (${n} of 5). A voice is warmer than text, and stops a written thread from escalating.`,
  vaUpset: (n: number) => `You are shaken too (${n} of 5). On a call you hear how they really feel, instead of reading tone into every line.`,
  severity: 'The severity is high. Serious news deserves a conversation, not an email they read alone.',
  writingIsFine: 'Writing is fine here. Keep it short and clear, and offer a call if they would like one.',
} as const;

/** A call is recommended when either person's upset is 4 or 5, or the severity is high. */
export function callRecommendation(input: CallRecommendationInput): CallRecommendation {
  const reasons: string[] = [];
  if (input.clientUpset !== null && input.clientUpset >= HIGH_UPSET) reasons.push(CALL_WORDS.clientUpset(input.clientUpset));
  if (input.vaUpset !== null && input.vaUpset >= HIGH_UPSET) reasons.push(CALL_WORDS.vaUpset(input.vaUpset));
  if (input.severity === 'high') reasons.push(CALL_WORDS.severity);
  return reasons.length > 0 ? { recommended: true, reasons } : { recommended: false, reasons: [CALL_WORDS.writingIsFine] };
}

export type ScriptBeatId = 'own-it' | 'what-happened' | 'done-already' | 'next-and-when' | 'prevent' | 'ask';

export interface ScriptBeat {
  id: ScriptBeatId;
  /** The beat's name, e.g. "Own it in one sentence". */
  title: string;
  /** What to say, drafted from the incident; the VA says it in their own words. */
  say: string;
}

export interface CallScriptInput {
  verdict: Verdict | null;
  remedy: Remedy | null;
  /** The brief's title, when there is one. */
  workName: string | null;
  description: string;
  /** Containment actions and fix steps already done, in the order they were done. */
  done: readonly string[];
  /** Fix steps still to do. */
  toDo: readonly string[];
  /** The lesson, if the VA has written one yet. */
  lesson: string;
  /** The client's name, so the VA's own note about them is not read out as it is. */
  clientName?: string | null;
}

// Items are kept as the VA logged them (often imperatives such as "Pause the automation"), so they are
// listed rather than woven into a sentence whose grammar they might not fit.
const list = (items: readonly string[]): string =>
  items
    .map((i) => i.trim().replace(/[.;\s]+$/, ''))
    .filter(Boolean)
    .join('; ');

/** Lower-cases the first letter to continue a sentence, but leaves "I" and acronyms such as "VAT" alone. */
export const continueSentence = (s: string): string => (/^(I\b|I’|I'|[A-Z]{2})/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

function ownIt(verdict: Verdict | null, work: string): string {
  switch (verdict) {
    case 'as-instructed':
      return `Thank you for raising ${work}. I have looked back at what was asked, and I would like to go through it with you.`;
    case 'beyond-spec':
      return `Thank you for telling me about ${work}. I want to make sure we get this right.`;
    case 'unclear-brief':
      return `There was a misunderstanding about ${work}, and I should have checked with you before going ahead. I am sorry.`;
    default:
      return `I made a mistake with ${work}, and I am sorry.`;
  }
}

const REMEDY_LINES: Record<Remedy, string> = {
  'free-fix': 'This is covered by our agreement, so there is no charge for putting it right.',
  'goodwill-fix': 'I will put it right at no charge.',
  'billable-change': 'This is a change to what we agreed, so I will send you a quote before I start.',
  'no-fault': 'I can make the change for you. I will let you know what it involves before I start.',
};

/** The six beats of a short call: own it (or thank them), what happened, what is done, what next and by when, prevention, and their view. */
export function callScript(input: CallScriptInput): ScriptBeat[] {
  const work = input.workName?.trim() ? `“${input.workName.trim()}”` : 'the work';
  const titles = callScriptTitles(input.verdict);
  const what = clientFacingWhat(input.description, input.clientName ?? null);
  const done = input.done
    .filter((d) => d.trim() !== '')
    .map(doneForClient)
    .join(' ');
  const toDo = list(input.toDo);
  const remedyLine = input.remedy ? ` ${REMEDY_LINES[input.remedy]}` : '';
  const kind = messageKind(input.verdict);
  const prevent = !isMistake(input.verdict)
    ? kind === 'change-notice'
      ? 'Say what the change involves and that you will confirm the cost and timing in writing before you start.'
      : 'From now on, I will confirm any change in writing before I start, so we both have the same picture.'
    : input.lesson.trim()
      ? `To stop it happening again, ${continueSentence(input.lesson.trim().replace(/\.?$/, '.'))}`
      : 'Say one concrete change, such as a check you will make before starting this kind of task.';
  return [
    { id: 'own-it', title: titles.opening, say: ownIt(input.verdict, work) },
    {
      id: 'what-happened',
      title: 'What happened',
      say: what ?? 'Say plainly what happened, in a sentence or two, to them rather than about them.',
    },
    {
      id: 'done-already',
      title: 'What is already done',
      say: done || 'Say what you have already done, even if it is only stopping and checking.',
    },
    {
      id: 'next-and-when',
      title: 'What will be done, by when',
      say: `${toDo ? `Still to do: ${toDo}. Done by [a time you can keep].` : 'Next I will [the fix], by [a time you can keep].'}${remedyLine}`,
    },
    { id: 'prevent', title: titles.prevent, say: prevent },
    { id: 'ask', title: 'Ask how they would like to proceed', say: 'How would you like me to proceed?' },
  ];
}
