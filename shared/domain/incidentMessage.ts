// The first draft of the message to the client, written to the client: second person, what was done in the past
// tense, nothing from the VA's own notes pasted in as it was typed, and anything Steadyhand cannot know left as a
// visible [gap]. The verdict decides what kind of message it is (shared/domain/incidentVerdict.ts).
import type { Remedy, Verdict } from './remedy';
import { messageKind } from './incidentVerdict';

export interface ClientMessageInput {
  verdict: Verdict | null;
  channel: 'email' | 'chat';
  clientName: string | null;
  vaName: string | null;
  workName: string | null;
  /** The VA's own words for what happened: used only when they already read as said to the client. */
  description: string;
  /** Containment actions and fix steps already done, as the VA logged them. */
  done: readonly string[];
  /** Fix steps still to do. */
  toDo: readonly string[];
  fixOrAsk: 'fix-then-inform' | 'inform-and-ask' | null;
  remedy: Remedy | null;
  offer: 'billable' | 'goodwill' | null;
  /** The client's own words, when the work was done as instructed, and the day they were written. */
  instruction: { quote: string; day: string } | null;
  rate: string | null;
  lesson: string;
}

const firstName = (name: string | null) => name?.trim().split(/\s+/)[0] ?? '';
const sentence = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t === '' ? '' : /[.!?”"]$/.test(t) ? t : `${t}.`;
};
const lowerFirst = (s: string) => (/^(I\b|I’|I'|[A-Z]{2})/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/**
 * The VA's description, when it already reads as said to the client: written in the first person ("I deleted…",
 * "While tidying, I…") and not about the client in the third person ("Sarah asked if she could…"). Otherwise
 * null, and the draft leaves a gap.
 */
export function clientFacingWhat(description: string, clientName: string | null): string | null {
  const text = description.trim().replace(/\s+/g, ' ');
  if (!/(^|[\s,;:(])(I|I’ve|I've|I’d|I'd|I’m|I'm|my|My)(?=[\s,.;:!?]|$)/.test(text)) return null;
  const names = (clientName ?? '').split(/\s+/).filter((n) => n.length > 1);
  if (names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text))) return null;
  if (/\b(she|he|her|his|him|hers|the client)\b/i.test(text)) return null;
  return sentence(text);
}

// ---- Verbs: the VA logs actions as instructions ("Pause the automation") or as done ("Emailed the supplier") ----

const IRREGULAR: Readonly<Record<string, [past: string, participle: string]>> = {
  do: ['did', 'done'],
  find: ['found', 'found'],
  send: ['sent', 'sent'],
  tell: ['told', 'told'],
  take: ['took', 'taken'],
  hide: ['hid', 'hidden'],
  write: ['wrote', 'written'],
  make: ['made', 'made'],
  hold: ['held', 'held'],
  keep: ['kept', 'kept'],
  put: ['put', 'put'],
  set: ['set', 'set'],
  get: ['got', 'got'],
  give: ['gave', 'given'],
  freeze: ['froze', 'frozen'],
  ring: ['rang', 'rung'],
  undo: ['undid', 'undone'],
  pay: ['paid', 'paid'],
  run: ['ran', 'run'],
  stop: ['stopped', 'stopped'],
  cancel: ['cancelled', 'cancelled'],
  rebook: ['rebooked', 'rebooked'],
};
const PARTICIPLE_OF_PAST: Readonly<Record<string, string>> = Object.fromEntries(Object.values(IRREGULAR).map(([p, pp]) => [p, pp]));

function regularPast(verb: string): string {
  if (/e$/.test(verb)) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** "Ask finance to halt the payment now" → { verb: 'asked', participle: 'asked', rest: 'finance to halt the payment' }. */
function parseAction(label: string): { participle: string; past: string; rest: string; negative: boolean } | null {
  let text = label
    .trim()
    .replace(/[.;\s]+$/, '')
    .replace(/\s+(now|right away|straight away|immediately)$/i, '');
  if (/^I\b/.test(text)) return null;
  let negative = false;
  const dont = /^(do not|don’t|don't)\s+/i.exec(text);
  if (dont) {
    negative = true;
    text = text.slice(dont[0].length);
  }
  const [first = '', ...others] = text.split(' ');
  const rest = others.join(' ');
  const word = first.toLowerCase();
  if (IRREGULAR[word]) return { past: IRREGULAR[word][0], participle: IRREGULAR[word][1], rest, negative };
  if (PARTICIPLE_OF_PAST[word] !== undefined) return { past: word, participle: PARTICIPLE_OF_PAST[word], rest, negative };
  if (/ed$/.test(word)) return { past: word, participle: word, rest, negative };
  if (!/^[a-z-]+$/.test(word)) return null;
  const past = regularPast(word);
  return { past, participle: past, rest, negative };
}

/** An action as done, to follow "I have": "asked finance or the bank to halt the payment". No full stop. */
export function doneAfterIHave(label: string): string {
  const p = parseAction(label);
  if (p === null) return label.trim().replace(/[.;\s]+$/, '');
  return `${p.negative ? 'not ' : ''}${p.participle}${p.rest ? ` ${p.rest}` : ''}`;
}

/** An action as done, said to the client: "I have asked finance or the bank to halt the payment." */
export function doneForClient(label: string): string {
  const p = parseAction(label);
  if (p === null) return sentence(label);
  return sentence(`I have ${p.negative ? 'not ' : ''}${p.participle}${p.rest ? ` ${p.rest}` : ''}`);
}

/** An action as done, for the VA's own record: "Asked finance or the bank to halt the payment." */
export function doneAsRecord(label: string): string {
  const p = parseAction(label);
  if (p === null) return sentence(label);
  const text = p.negative ? `Did not ${parseBase(label)}` : `${p.past}${p.rest ? ` ${p.rest}` : ''}`;
  return sentence(text.charAt(0).toUpperCase() + text.slice(1));
}
const parseBase = (label: string) =>
  label
    .trim()
    .replace(/^(do not|don’t|don't)\s+/i, '')
    .replace(/[.;\s]+$/, '');

/** A step still to do, as a promise to the client: "I will re-create the Newsletters label". No full stop. */
export function toDoForClient(label: string): string {
  const text = label.trim().replace(/[.;\s]+$/, '');
  return /^I\b/.test(text) ? text : `I will ${lowerFirst(text)}`;
}

/** The resolution, drafted from what was done, for the close page. Empty when nothing was logged. */
export function resolutionDraft(done: readonly string[]): string {
  return done.map(doneAsRecord).join(' ');
}

const REMEDY_LINES: Partial<Record<Remedy, string>> = {
  'free-fix': 'This is covered by our agreement, so there is no charge for putting it right.',
  'goodwill-fix': 'There is no charge for putting it right.',
};

/** The draft, as plain text with [gaps] for what only the VA knows. */
export function draftClientMessage(input: ClientMessageInput): string {
  const name = firstName(input.clientName) || '[their name]';
  const work = input.workName?.trim() ? `“${input.workName.trim()}”` : 'the work';
  const kind = messageKind(input.verdict);
  const paragraphs: string[] = [];
  const done = input.done.map(doneForClient);
  const next = (): string => {
    if (input.fixOrAsk === 'inform-and-ask')
      return 'Before I change anything else, I would like to agree the next step with you. How would you like me to proceed?';
    if (input.toDo.length > 0) return `Next, ${input.toDo.map(toDoForClient).join(', and ')} by [a time you can keep].`;
    return done.length > 0
      ? 'I will check everything again by [a time you can keep] and let you know.'
      : 'Next, I will [put it right] by [a time you can keep].';
  };
  const doneBlock = () => {
    if (done.length === 0) return;
    paragraphs.push(input.channel === 'email' && done.length > 1 ? `What I have done so far:\n${done.map((d) => `- ${d}`).join('\n')}` : done.join(' '));
  };
  const lesson = sentence(input.lesson);

  if (kind === 'apology' || kind === 'shared-apology') {
    const what = clientFacingWhat(input.description, input.clientName) ?? `[What happened, in a sentence to ${name}.]`;
    paragraphs.push(
      kind === 'apology'
        ? `I’m sorry: ${what} That was my mistake.`
        : `Thank you for telling me. ${what} Looking back, the request could be read more than one way, and I should have checked with you before going ahead. I’m sorry for the trouble.`,
    );
    doneBlock();
    const remedy = input.remedy ? REMEDY_LINES[input.remedy] : undefined;
    paragraphs.push([next(), remedy].filter(Boolean).join(' '));
    if (lesson) paragraphs.push(`From now on, ${sentence(toDoForClient(lesson))}`);
  } else if (kind === 'instruction-pointer') {
    paragraphs.push(`Thank you for letting me know. I have looked back at what was asked for ${work}.`);
    paragraphs.push(
      input.instruction
        ? `On ${input.instruction.day} you wrote:\n“${input.instruction.quote.trim()}”\nThat is what I did.`
        : 'Your request was: “[their words]”. That is what I did.',
    );
    const offer =
      input.offer === 'goodwill'
        ? 'I am happy to change it, at no charge.'
        : `I am happy to change it. As it is a change to what was asked, it is charged${input.rate ? ` at ${input.rate}` : ''} as extra work, and I will tell you how long it will take before I start.`;
    paragraphs.push(`I can see you need something different now. ${offer} Could you tell me exactly what you would like?`);
  } else {
    paragraphs.push(
      `Thank you for asking for [what they asked for]. It is outside what we agreed for ${work}, so I would treat it as a change to the work${input.rate ? `, charged at ${input.rate}` : ''} in addition to the agreed fee.`,
    );
    paragraphs.push(
      'My estimate is [how long it will take]. If you would like me to go ahead, reply to confirm and I will tell you when it will be ready. If you would rather keep to the original brief, that is fine too.',
    );
  }

  const sign = input.vaName?.trim() ? firstName(input.vaName) : '[your name]';
  if (input.channel === 'chat') return [`Hi ${name},`, ...paragraphs].join(' ').replace(/\n- /g, ' ').replace(/\n/g, ' ');
  return [`Hi ${name},`, ...paragraphs, `Best wishes,\n${sign}`].join('\n\n');
}

/** The [gaps] still in a message, in order. */
export function messageGaps(text: string): string[] {
  return [...text.matchAll(/\[[^\]\n]{1,160}\]/g)].map((m) => m[0]);
}
