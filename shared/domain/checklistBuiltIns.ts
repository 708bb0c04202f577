// The clarification checklist Steadyhand ships with: each item with its short "why" and how it is asked
// of the client. Kept apart from the rules so the wording can be reviewed on its own.
import type { BriefFields } from '../model/brief';
import type { ChecklistTemplateItem } from '../model/checklist';
import type { RiskFlagKind } from './riskFlags';

export type BuiltInKey = 'scope' | 'deliverables' | 'done' | 'deadline' | 'access' | 'irreversible' | 'figures' | 'experience' | 'time' | 'confirmed';

export interface BuiltInItem {
  key: BuiltInKey;
  label: string;
  why: string;
  /** Empty when the item is a check for the VA alone. */
  clientQuestion: string;
  requiredBeforeStart: boolean;
  /** Brief fields that already hold the answer, shown beside the item. */
  briefFields: (keyof BriefFields)[];
  /** Risk flags that make this item matter more; shown on the item when the brief has them. */
  flagKinds: RiskFlagKind[];
  /** Asked of the client only when the brief has one of these flags (empty: always asked while open). */
  askOnlyWithFlags: RiskFlagKind[];
  /**
   * The check applies only when the brief's own words have one of these flags (empty: always applies).
   * A required check that does not apply says so and does not block "Start work".
   */
  appliesOnlyWithFlags: RiskFlagKind[];
}

export const BUILT_IN_CHECKLIST: readonly BuiltInItem[] = [
  {
    key: 'scope',
    label: 'Scope and perimeters: what is in, what is out',
    why: 'Most mix-ups start with an assumption about where the task ends.',
    clientQuestion: 'What exactly is included, and is there anything you would like me to leave alone?',
    requiredBeforeStart: true,
    briefFields: ['inScope', 'outOfScope'],
    flagKinds: ['bulk'],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'deliverables',
    label: 'Deliverables and format',
    why: 'Knowing the exact output (file type, layout, where it goes) saves a redo.',
    clientQuestion: 'What would you like to receive at the end, and in what format?',
    requiredBeforeStart: true,
    briefFields: ['deliverables'],
    flagKinds: [],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'done',
    label: 'What “done” looks like',
    why: 'A shared finish line means you both know when the work is complete.',
    clientQuestion: 'How will we both know it is finished: what does “done” look like for you?',
    requiredBeforeStart: true,
    briefFields: ['doneCriteria'],
    flagKinds: [],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'deadline',
    label: 'Deadline and how to deliver',
    why: 'A date without a time or a way to deliver is still a guess.',
    clientQuestion: 'When do you need it by, and how would you like me to deliver it?',
    requiredBeforeStart: true,
    briefFields: ['deadline'],
    flagKinds: [],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'access',
    label: 'Access and permissions needed',
    why: 'Asking early avoids a stall halfway through, and keeps your access to what the task needs.',
    clientQuestion: 'What access will I need, and how would you like to share it securely?',
    requiredBeforeStart: false,
    briefFields: [],
    flagKinds: ['access'],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'irreversible',
    label: 'Anything irreversible or destructive, and the undo or backup plan',
    why: 'Deleting, sending or paying cannot always be taken back: know the way back before you start.',
    clientQuestion: 'Will anything be permanent once done, such as deleting, sending or paying? If so, is there a backup, and is there anything you want kept?',
    requiredBeforeStart: true,
    briefFields: [],
    flagKinds: ['destructive', 'irreversible', 'bulk', 'external'],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'figures',
    label: 'Figures and amounts double-checked',
    why: 'One slipped digit turns £8,000 into £80,000. Retype each amount and compare.',
    clientQuestion: 'Could you confirm the exact amounts, and who each one goes to?',
    requiredBeforeStart: true,
    briefFields: [],
    flagKinds: ['money'],
    askOnlyWithFlags: ['money'],
    appliesOnlyWithFlags: ['money'],
  },
  {
    key: 'experience',
    label: 'Have I done this kind of task before?',
    why: 'If not, plan how you will learn it and allow extra time, or decline kindly. A clear no is better than a guess.',
    clientQuestion: '',
    requiredBeforeStart: true,
    briefFields: [],
    flagKinds: [],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'time',
    label: 'Undivided time booked for it',
    why: 'Risky tasks go wrong when they are squeezed in between other things.',
    clientQuestion: '',
    requiredBeforeStart: false,
    briefFields: [],
    flagKinds: [],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
  {
    key: 'confirmed',
    label: 'The brief confirmed by the client in writing',
    why: 'A written yes protects you both if memories differ later.',
    clientQuestion: '',
    requiredBeforeStart: true,
    briefFields: [],
    flagKinds: [],
    askOnlyWithFlags: [],
    appliesOnlyWithFlags: [],
  },
];

/** When the built-in items were first written; fixed, so a new document is the same bytes every time. */
export const BUILT_IN_CREATED_AT = '2026-01-01T00:00:00.000Z';

export function builtInId(key: BuiltInKey): string {
  return `builtin-${key}`;
}

export function builtInItem(key: string | null): BuiltInItem | undefined {
  return key === null ? undefined : BUILT_IN_CHECKLIST.find((b) => b.key === key);
}

/** The global template a new document starts with. */
export function builtInTemplateItems(): ChecklistTemplateItem[] {
  return BUILT_IN_CHECKLIST.map((b, index) => ({
    id: builtInId(b.key),
    scope: { kind: 'global' },
    builtInKey: b.key,
    label: b.label,
    why: b.why,
    clientQuestion: b.clientQuestion,
    requiredBeforeStart: b.requiredBeforeStart,
    order: index,
    version: 1,
    createdAt: BUILT_IN_CREATED_AT,
    updatedAt: BUILT_IN_CREATED_AT,
    retiredAt: null,
  }));
}
