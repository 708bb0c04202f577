// The call script: six beats for a calm phone call about a mistake, each a small template filled from
// the incident (or left with visible gaps for a blank script).
import { fillTemplate } from './fillTemplate';
import type { FillValues } from './placeholders';

export interface CallBeat {
  id: 'own-it' | 'what-happened' | 'already-done' | 'next-and-when' | 'prevention' | 'ask';
  title: string;
  hint: string;
  template: string;
}

export const CALL_BEATS: readonly CallBeat[] = [
  {
    id: 'own-it',
    title: 'Own it, in one sentence',
    hint: 'Say it plainly and once. No excuses.',
    template: 'I made a mistake with {{brief.title}}, and I am sorry.',
  },
  { id: 'what-happened', title: 'What happened', hint: 'The facts, in your own voice. Keep it short.', template: '{{incident.what}}.' },
  { id: 'already-done', title: 'What is already done', hint: 'What you did as soon as you noticed.', template: 'I have already {{incident.done}}.' },
  { id: 'next-and-when', title: 'What will be done, and by when', hint: 'A real day and time, not “soon”.', template: 'I will {{fix.action}} by {{fix.by}}.' },
  {
    id: 'prevention',
    title: 'How it won’t happen again',
    hint: 'One change to how you work, not a promise to try harder.',
    template: 'From now on I will {{prevention}}.',
  },
  {
    id: 'ask',
    title: 'Ask how they’d like to proceed',
    hint: 'Then listen. Note what they say in the call log.',
    template: 'How would you like me to go from here?',
  },
];

/** Each beat filled from the values; missing values stay as visible gaps. */
export function fillCallScript(values: FillValues): Record<CallBeat['id'], string> {
  return Object.fromEntries(CALL_BEATS.map((b) => [b.id, fillTemplate(b.template, values).text])) as Record<CallBeat['id'], string>;
}

/** The script as one text, for the tone check and the paper trail. */
export function callScriptText(beats: Record<CallBeat['id'], string>): string {
  return CALL_BEATS.map((b) => beats[b.id].trim())
    .filter(Boolean)
    .join('\n\n');
}
