// The placeholders a template may use, in one list: the editor's "Insert placeholder" menu, the
// validation of custom templates and the visible gaps all come from here.

export interface PlaceholderDef {
  /** The dotted name used in a template: `{{client.name}}`. */
  key: string;
  group: 'Client' | 'You' | 'Task' | 'What happened' | 'Change request' | 'Their instruction' | 'Other';
  /** Shown in the menu. */
  label: string;
  /** Shown in brackets where the value is missing, so the gap is visible: `[client’s name]`. */
  gap: string;
  /** How to phrase the value so the sentence around it reads well. */
  hint: string;
}

export const PLACEHOLDERS = [
  { key: 'client.firstName', group: 'Client', label: 'Client’s first name', gap: 'client’s first name', hint: 'The first word of the client’s name.' },
  { key: 'client.name', group: 'Client', label: 'Client’s full name', gap: 'client’s name', hint: 'As saved on the client.' },
  { key: 'client.business', group: 'Client', label: 'Client’s business', gap: 'client’s business', hint: 'As saved on the client.' },
  {
    key: 'client.rate',
    group: 'Client',
    label: 'Your rate for this client',
    gap: 'your rate',
    hint: 'From the client’s contract terms, such as “£35 an hour”.',
  },
  { key: 'va.firstName', group: 'You', label: 'Your first name', gap: 'your first name', hint: 'From Settings.' },
  { key: 'va.name', group: 'You', label: 'Your name', gap: 'your name', hint: 'From Settings.' },
  { key: 'va.businessName', group: 'You', label: 'Your business name', gap: 'your business name', hint: 'From Settings.' },
  { key: 'va.email', group: 'You', label: 'Your email', gap: 'your email', hint: 'From Settings.' },
  { key: 'va.phone', group: 'You', label: 'Your phone number', gap: 'your phone number', hint: 'From Settings.' },
  { key: 'va.signature', group: 'You', label: 'Your signature', gap: 'your signature', hint: 'From Settings.' },
  { key: 'brief.title', group: 'Task', label: 'Task name', gap: 'task name', hint: 'The brief’s title, such as “March newsletter”.' },
  { key: 'brief.deadline', group: 'Task', label: 'Original deadline', gap: 'original deadline', hint: 'The brief’s deadline, such as “Friday 27 November”.' },
  {
    key: 'incident.what',
    group: 'What happened',
    label: 'What happened',
    gap: 'what happened',
    hint: 'One plain sentence in your own voice: “I sent the March report with last year’s totals”.',
  },
  {
    key: 'incident.impact',
    group: 'What happened',
    label: 'What it affected',
    gap: 'what it affected',
    hint: 'What it meant for the client: “the board pack went out with the wrong figure”.',
  },
  {
    key: 'incident.done',
    group: 'What happened',
    label: 'What you have already done',
    gap: 'what you have already done',
    hint: 'Starting with a past verb: “restored the files from last night’s backup”.',
  },
  {
    key: 'fix.action',
    group: 'What happened',
    label: 'What you will do to put it right',
    gap: 'what you will do to put it right',
    hint: 'Starting with a verb: “send you the corrected report”.',
  },
  { key: 'fix.by', group: 'What happened', label: 'By when', gap: 'when it will be done', hint: 'A day and time: “3pm today” or “Thursday 26 November”.' },
  {
    key: 'prevention',
    group: 'What happened',
    label: 'How it won’t happen again',
    gap: 'what you will change so it doesn’t happen again',
    hint: 'Starting with a verb: “check every figure against the source before sending”.',
  },
  {
    key: 'request.what',
    group: 'Change request',
    label: 'What they have asked for',
    gap: 'what they have asked for',
    hint: 'In their terms: “set up the new booking system”.',
  },
  { key: 'request.estimate', group: 'Change request', label: 'Your estimate', gap: 'your estimate', hint: 'Time or cost: “about 4 hours”.' },
  {
    key: 'instruction.quote',
    group: 'Their instruction',
    label: 'Their instruction, word for word',
    gap: 'their instruction, word for word',
    hint: 'Copied exactly from their message.',
  },
  {
    key: 'instruction.date',
    group: 'Their instruction',
    label: 'When they gave it',
    gap: 'when they gave the instruction',
    hint: 'Such as “Tuesday 24 November”.',
  },
  { key: 'today', group: 'Other', label: 'Today’s date', gap: 'today’s date', hint: 'Filled in for you.' },
] as const satisfies readonly PlaceholderDef[];

export type PlaceholderKey = (typeof PLACEHOLDERS)[number]['key'];

/** The values a template is filled with; anything missing or blank becomes a visible gap. */
export type FillValues = Partial<Record<PlaceholderKey, string>>;

const byKey = new Map<string, PlaceholderDef>(PLACEHOLDERS.map((p) => [p.key, p]));

export function placeholderDef(key: string): PlaceholderDef | undefined {
  return byKey.get(key);
}

export function isPlaceholderKey(key: string): key is PlaceholderKey {
  return byKey.has(key);
}

/** The text shown where a value is missing: `[client’s name]`. */
export function gapText(key: PlaceholderKey): string {
  return `[${byKey.get(key)?.gap ?? key}]`;
}

/** `{{client.name}}`, for the insert menu. */
export function placeholderTag(key: PlaceholderKey): string {
  return `{{${key}}}`;
}
