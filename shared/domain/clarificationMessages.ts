// Messages the VA sends or keeps while pinning a task down: "Ask the client" (open checklist questions),
// "Confirm the brief" (a recap for written confirmation), a holding reply to a quick question, and the
// paper-trail record of a quick question. Pure text builders; calm, short, UK English, no exclamation marks.
import type { BriefFields } from '../model/brief';
import type { BriefChecklistItem } from '../model/checklist';
import type { QuickQuestionChecks, QuickQuestionDecision } from '../operations/quickQuestions';
import { builtInItem } from './checklistBuiltIns';
import type { RiskFlagKind } from './riskFlags';

export type MessageFormat = 'email' | 'chat';

export interface Sender {
  name: string;
  businessName: string;
  signature: string;
}

export interface ClientMessage {
  /** Only emails have a subject. */
  subject: string | null;
  body: string;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lady', 'lord']);

/** How to greet someone: their first name, or title and surname when they gave a title ("Dr Okafor"). */
export function greetingName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  const first = parts[0]!;
  if (TITLES.has(first.replace(/\.$/, '').toLowerCase()) && parts.length > 1) return `${first} ${parts[parts.length - 1]}`;
  return first;
}

/** "Friday 27 November 2026" from "2026-11-27"; anything else is returned as it is. */
export function formatLongDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return isoDate;
  // Written out by hand: ICU versions disagree about a comma after the weekday.
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function greeting(clientName: string): string {
  const name = greetingName(clientName);
  return name ? `Hi ${name},` : 'Hello,';
}

function signOff(sender: Sender): string {
  const signature = sender.signature.trim();
  if (signature) return `Kind regards,\n${signature}`;
  const lines = [sender.name.trim(), sender.businessName.trim()].filter(Boolean);
  return lines.length > 0 ? `Kind regards,\n${lines.join('\n')}` : 'Kind regards';
}

function chatSignOff(sender: Sender): string {
  const name = greetingName(sender.name);
  return name ? `Thank you, ${name}` : 'Thank you';
}

const numbered = (lines: readonly string[]) => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');

// ---- Ask the client ----

type AskableItem = Pick<BriefChecklistItem, 'state' | 'clientQuestion' | 'builtInKey'> & { retired?: boolean };

/**
 * The open items worth asking the client about, as questions, in checklist order. Items that are the
 * VA's own checks (no client question) are left out, and so are built-in items that only matter when
 * the brief has a certain risk (amounts are asked about only when the brief mentions money).
 */
export function clarificationQuestions(items: readonly AskableItem[], flagKinds: readonly RiskFlagKind[] = []): string[] {
  const seen = new Set<string>();
  const questions: string[] = [];
  for (const item of items) {
    if (item.state !== 'open' || item.retired === true) continue;
    const question = item.clientQuestion.trim();
    if (question === '') continue;
    const onlyWith = builtInItem(item.builtInKey)?.askOnlyWithFlags ?? [];
    if (onlyWith.length > 0 && !onlyWith.some((k) => flagKinds.includes(k))) continue;
    const key = question.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    questions.push(question);
  }
  return questions;
}

export interface AskClientInput {
  clientName: string;
  briefTitle: string;
  questions: readonly string[];
  sender: Sender;
  format: MessageFormat;
}

/** A polite clarification message listing the open questions, or null when there is nothing to ask. */
export function askClientMessage({ clientName, briefTitle, questions, sender, format }: AskClientInput): ClientMessage | null {
  if (questions.length === 0) return null;
  const title = briefTitle.trim() || 'this task';
  const one = questions.length === 1;
  if (format === 'chat') {
    const lead = one
      ? `${greeting(clientName).slice(0, -1)}, before I start on “${title}”, could you help me with one quick question?`
      : `${greeting(clientName).slice(0, -1)}, before I start on “${title}”, could you help me with a few quick questions?`;
    return { subject: null, body: `${lead}\n${numbered(questions)}\n${chatSignOff(sender)}` };
  }
  const subject = one ? `A question about “${title}”` : `A few questions about “${title}”`;
  const intro = one
    ? `Thank you for sending this over. Before I start on “${title}”, I would like to check one thing so that I get it right first time:`
    : `Thank you for sending this over. Before I start on “${title}”, I would like to check a few things so that I get it right first time:`;
  const outro = one
    ? 'A short answer is plenty. Once I hear back, I will get started.'
    : 'A short answer to each is plenty. Once I hear back, I will get started.';
  return {
    subject,
    body: [greeting(clientName), intro, numbered(questions), outro, signOff(sender)].join('\n\n'),
  };
}

// ---- Confirm the brief ----

export interface RecapLine {
  label: string;
  value: string;
}

export interface BriefRecap {
  lines: RecapLine[];
  /** Parts of the recap that are still blank, so the VA can fill them before sending. */
  gaps: string[];
}

type RecapItem = Pick<BriefChecklistItem, 'builtInKey' | 'answer'>;

const RECAP_PARTS: { label: string; field: keyof BriefFields; itemKey: string | null; essential: boolean }[] = [
  { label: 'What you asked for', field: 'summary', itemKey: null, essential: false },
  { label: 'Included', field: 'inScope', itemKey: 'scope', essential: true },
  { label: 'Not included', field: 'outOfScope', itemKey: null, essential: false },
  { label: 'What I will deliver', field: 'deliverables', itemKey: 'deliverables', essential: true },
  { label: 'Finished means', field: 'doneCriteria', itemKey: 'done', essential: true },
  { label: 'Deadline', field: 'deadline', itemKey: 'deadline', essential: true },
];

const RECAP_ANSWERS: { label: string; itemKey: string }[] = [
  { label: 'Anything permanent, and the backup', itemKey: 'irreversible' },
  { label: 'Amounts', itemKey: 'figures' },
  { label: 'Access I will use', itemKey: 'access' },
];

/** What the VA understood, from the brief's fields, falling back to their checklist answers. */
export function briefRecap(fields: BriefFields, items: readonly RecapItem[]): BriefRecap {
  const answerOf = (key: string | null) => (key === null ? '' : (items.find((i) => i.builtInKey === key)?.answer.trim() ?? ''));
  const lines: RecapLine[] = [];
  const gaps: string[] = [];
  for (const part of RECAP_PARTS) {
    const raw = fields[part.field];
    const fromField = typeof raw === 'string' ? (part.field === 'deadline' ? formatLongDate(raw) : raw.trim()) : '';
    const value = fromField || answerOf(part.itemKey);
    if (value) lines.push({ label: part.label, value });
    else if (part.essential) gaps.push(part.label.toLocaleLowerCase('en-GB'));
  }
  for (const extra of RECAP_ANSWERS) {
    const value = answerOf(extra.itemKey);
    if (value) lines.push({ label: extra.label, value });
  }
  return { lines, gaps };
}

function recapText(lines: readonly RecapLine[]): string {
  return lines.map(({ label, value }) => (value.includes('\n') ? `${label}:\n${value.replace(/^/gm, '  ')}` : `${label}: ${value}`)).join('\n');
}

/** A sentence that asks for written agreement on the risky part, when there is one. */
export function riskSentence(flagKinds: readonly RiskFlagKind[]): string {
  const parts: string[] = [];
  if (flagKinds.includes('destructive')) parts.push('deleting things');
  if (flagKinds.includes('money')) parts.push('money');
  if (flagKinds.includes('irreversible') || flagKinds.includes('external')) parts.push('sending things out');
  if (flagKinds.includes('access')) parts.push('access to your accounts');
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
  return `As this involves ${list}, I would like your written OK before I begin.`;
}

export interface ConfirmBriefInput {
  clientName: string;
  briefTitle: string;
  recap: BriefRecap;
  flagKinds: readonly RiskFlagKind[];
  sender: Sender;
  format: MessageFormat;
}

/** A recap to send for the client's written confirmation. */
export function confirmBriefMessage({ clientName, briefTitle, recap, flagKinds, sender, format }: ConfirmBriefInput): ClientMessage {
  const title = briefTitle.trim() || 'this task';
  const risk = riskSentence(flagKinds);
  const body = recapText(recap.lines);
  if (format === 'chat') {
    const lead = `${greeting(clientName).slice(0, -1)}, before I start on “${title}”, here is what I have understood:`;
    const ask = ['Could you reply “Confirmed” if that is right, or tell me what to change?', risk].filter(Boolean).join(' ');
    return { subject: null, body: [lead, body, ask].filter(Boolean).join('\n') };
  }
  return {
    subject: `Please confirm: “${title}”`,
    body: [
      greeting(clientName),
      `Before I start on “${title}”, here is what I have understood. Could you reply to confirm it is right, or tell me what to change?`,
      body,
      [risk, 'A quick “Confirmed” by reply is enough, and I will start once I have it.'].filter(Boolean).join(' '),
      signOff(sender),
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}

// ---- Before you say yes ----

export const QUICK_QUESTION_CHECKS: readonly { key: keyof QuickQuestionChecks; question: string; hint: string }[] = [
  { key: 'affects', question: 'What does it affect, and how much?', hint: 'Which account, folder or list, and how many items or how much money.' },
  {
    key: 'undo',
    question: 'Can it be undone, and for how long?',
    hint: 'For example “Gmail keeps deleted mail in the bin for 30 days”, or “No, once sent it is gone”.',
  },
  { key: 'backup', question: 'Is there a backup?', hint: 'Where it is, and whether you have checked it. “Not sure” is an honest answer.' },
  { key: 'agreed', question: 'Is this within what was agreed?', hint: 'Is it part of the brief, or new work to confirm and perhaps quote for?' },
];

export const QUICK_QUESTION_DECISIONS: Record<QuickQuestionDecision, string> = {
  yes: 'Yes, go ahead.',
  'not-yet': 'Not yet: I asked to check a few things first.',
  no: 'No.',
};

/**
 * The VA's side of a quick question, saved as a "sent" paper-trail entry beside the client's words (which are
 * saved exactly, as a "received" entry of their own): the answer, the reply if there was one, and what was checked.
 */
export function quickQuestionAnswerWords({ checks, decision, reply }: { checks: QuickQuestionChecks; decision: QuickQuestionDecision; reply: string }): string {
  const checked = QUICK_QUESTION_CHECKS.map(({ key, question: q }) => `• ${q} ${checks[key].trim() || 'Not answered.'}`);
  return [
    `My answer: ${QUICK_QUESTION_DECISIONS[decision]}`,
    ...(reply.trim() ? [`What I replied: ${reply.trim()}`] : []),
    '',
    '— Checked with “Before you say yes” —',
    ...checked,
  ].join('\n');
}

/** A short, friendly "let me check first" reply to a quick question, shaped by what it risks. */
export function holdingReply(clientName: string, flagKinds: readonly RiskFlagKind[]): string {
  const asks: string[] = [];
  if (flagKinds.includes('bulk')) asks.push('exactly what it should cover');
  if (flagKinds.includes('destructive')) asks.push('whether there is anything in it you want kept, and whether there is a backup');
  if (flagKinds.includes('money')) asks.push('the exact amount and who it goes to');
  if (flagKinds.includes('irreversible') || flagKinds.includes('external')) asks.push('who it will reach and when it should go out');
  if (flagKinds.includes('access')) asks.push('the safest way to share the access');
  if (asks.length === 0) asks.push('exactly what you would like done', 'whether it can be undone if needed');
  const list = asks.length === 1 ? asks[0]! : `${asks.slice(0, -1).join(', ')}, and ${asks[asks.length - 1]!}`;
  const name = greetingName(clientName);
  return `${name ? `Hi ${name}, thanks` : 'Thanks'} for checking with me. Happy to help with this. Before I do it, could you confirm ${list}? I will go ahead as soon as I have that in writing.`;
}
