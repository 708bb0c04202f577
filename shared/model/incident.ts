// An incident: one mistake, walked through the calm-down flow, with the VA's answers per step, every action
// taken (each with its time) and an append-only timeline. Collections join the data document with `.default([])`.
import { z } from 'zod';
import { formatCount, id, isoDate, isoDateTime } from './common';

// ---- Steps and screens (the order they are shown in is decided by shared/domain/incidentFlow.ts) ----

export const incidentSteps = ['pause', 'happened', 'contain', 'paperTrail', 'remedy', 'fixOrAsk', 'talk', 'apologise', 'fix', 'close'] as const;
export const incidentStep = z.enum(incidentSteps);
export type IncidentStep = z.infer<typeof incidentStep>;

/**
 * The pages of each step, named `step` or `step.part`, in the order the flow shows them. Several questions share a
 * page where they belong together (the facts of what happened, the close), so the flow stays within ten pages.
 * Contain, remedy and fix have no page of their own: they sit on the harm question, the paper-trail page and
 * the close page, and their answers are saved under their own step.
 */
export const screensOfStep = {
  pause: ['pause'],
  happened: ['happened.ongoing', 'happened.what', 'happened.impact'],
  contain: [],
  paperTrail: ['paperTrail'],
  remedy: [],
  fixOrAsk: ['fixOrAsk.choice'],
  talk: ['talk.plan'],
  apologise: ['apologise'],
  fix: [],
  close: ['close.lesson'],
} as const satisfies Record<IncidentStep, readonly string[]>;

/**
 * Pages of the earlier, longer flow. Stored incidents may still name them as where they were; the flow reads
 * each as the page that now holds its question (shared/domain/incidentFlow.ts `currentPage`).
 */
export const legacyScreens = {
  'happened.who': 'happened.what',
  'happened.dates': 'happened.what',
  'happened.spotted': 'happened.impact',
  'happened.severity': 'happened.impact',
  contain: 'happened.ongoing',
  remedy: 'paperTrail',
  'fixOrAsk.questions': 'fixOrAsk.choice',
  'talk.feelings': 'talk.plan',
  fix: 'close.lesson',
  'close.resolution': 'close.lesson',
  'close.cause': 'close.lesson',
} as const;
export type LegacyScreen = keyof typeof legacyScreens;

export type ScreenOf<S extends IncidentStep> = (typeof screensOfStep)[S][number];
export type FlowScreen = ScreenOf<IncidentStep>;
export type IncidentScreen = FlowScreen | LegacyScreen;
export const flowScreenNames = incidentSteps.flatMap((s) => screensOfStep[s] as readonly FlowScreen[]);
export const incidentScreens: IncidentScreen[] = [...flowScreenNames, ...(Object.keys(legacyScreens) as LegacyScreen[])];
export const incidentScreen = z.enum(incidentScreens as [IncidentScreen, ...IncidentScreen[]]);

/** The step whose answers a page saves. */
export function stepOfScreen(screen: IncidentScreen): IncidentStep {
  return screen.split('.')[0] as IncidentStep;
}

/** Every page name an `advance` for `step` may carry: today's pages and the earlier names that belonged to it. */
export function pagesNamedFor(step: IncidentStep): [IncidentScreen, ...IncidentScreen[]] {
  return incidentScreens.filter((s) => stepOfScreen(s) === step) as [IncidentScreen, ...IncidentScreen[]];
}

/** The page that holds a question today, for a page name stored by an earlier version. */
export function currentPage(screen: IncidentScreen): FlowScreen {
  return screen in legacyScreens ? legacyScreens[screen as LegacyScreen] : (screen as FlowScreen);
}

// ---- Vocabulary ----

export const spottedBy = z.enum(['me', 'client', 'someone-else']);
export type SpottedBy = z.infer<typeof spottedBy>;
export const impactKind = z.enum(['data', 'money', 'deadline', 'reputation', 'other']);
export type ImpactKind = z.infer<typeof impactKind>;
export const severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof severity>;
export const verdict = z.enum(['my-error', 'as-instructed', 'unclear-brief', 'beyond-spec']);
export const invoiceChoice = z.enum(['keep', 'waive', 'refund']);
export type InvoiceChoice = z.infer<typeof invoiceChoice>;
export const changeOffer = z.enum(['billable', 'goodwill']);
export type ChangeOffer = z.infer<typeof changeOffer>;
export const fixOrAskChoice = z.enum(['fix-then-inform', 'inform-and-ask']);
export const talkChannel = z.enum(['call', 'write']);
export const apologyChannel = z.enum(['email', 'chat']);
export type ApologyChannel = z.infer<typeof apologyChannel>;
export const incidentCause = z.enum([
  'rushed',
  'brief-unclear',
  'assumption',
  'unfamiliar-task',
  'tool-or-system',
  'client-instruction',
  'new-request',
  'other',
]);
export type IncidentCause = z.infer<typeof incidentCause>;
export const incidentStatus = z.enum(['open', 'closed']);
export type IncidentStatus = z.infer<typeof incidentStatus>;

const text = (label: string, max: number) => z.string().max(max, `${label} can be at most ${formatCount(max)} characters.`);
const upset = z.number().int('Choose a number from 1 to 5.').min(1, 'Choose a number from 1 to 5.').max(5, 'Choose a number from 1 to 5.');
const yesNo = z.boolean().nullable();

// ---- Answers, step by step. Drafts are saved as typed, so every answer may still be empty. ----

export const pauseAnswers = z.object({ outcome: z.enum(['completed', 'skipped']).nullable() });
export const happenedAnswers = z.object({
  clientId: id.nullable(),
  briefId: id.nullable(),
  description: text('What happened', 2_000),
  happenedOn: isoDate.nullable(),
  deliveredOn: isoDate.nullable(),
  reportedOn: isoDate.nullable(),
  spottedBy: spottedBy.nullable(),
  impacts: z.array(impactKind).max(impactKind.options.length),
  impactAmount: text('How much', 200),
  severity: severity.nullable(),
  harmOngoing: yesNo,
  /** The VA confirmed that it really happened after it was reported (a date after the report is otherwise refused). */
  happenedAfterReport: z.boolean().default(false),
});
export const containAnswers = z.object({});
export const paperTrailAnswers = z.object({
  verdict: verdict.nullable(),
  /** For "done as instructed": the paper-trail entry holding the instruction. */
  instructionEntryId: id.nullable(),
  note: text('The note', 2_000),
});
export const remedyAnswers = z.object({ invoice: invoiceChoice.nullable(), offer: changeOffer.nullable() });
export const fixOrAskAnswers = z.object({
  withinBrief: yesNo,
  reversible: yesNo,
  needsClientDecision: yesNo,
  clientAlreadyAffected: yesNo,
  choice: fixOrAskChoice.nullable(),
  reason: text('The reason', 1_000),
});
export const talkAnswers = z.object({ clientUpset: upset.nullable(), vaUpset: upset.nullable(), channel: talkChannel.nullable() });
export const apologiseAnswers = z.object({ text: text('The message', 10_000), channel: apologyChannel });
export const fixAnswers = z.object({});
export const closeAnswers = z.object({
  resolution: text('The resolution', 2_000),
  cause: incidentCause.nullable(),
  causeDetail: text('The cause', 500),
  lesson: text('The lesson', 2_000),
  /** The day it was put right; the close page offers today. */
  resolvedOn: isoDate.nullable().default(null),
});

export const answerSchemas = {
  pause: pauseAnswers,
  happened: happenedAnswers,
  contain: containAnswers,
  paperTrail: paperTrailAnswers,
  remedy: remedyAnswers,
  fixOrAsk: fixOrAskAnswers,
  talk: talkAnswers,
  apologise: apologiseAnswers,
  fix: fixAnswers,
  close: closeAnswers,
} as const satisfies Record<IncidentStep, z.ZodObject>;

/** Drafts as the flow autosaves them: any field may be left out. */
export const answerDrafts = {
  pause: pauseAnswers.partial().strict(),
  happened: happenedAnswers.partial().strict(),
  contain: containAnswers.partial().strict(),
  paperTrail: paperTrailAnswers.partial().strict(),
  remedy: remedyAnswers.partial().strict(),
  fixOrAsk: fixOrAskAnswers.partial().strict(),
  talk: talkAnswers.partial().strict(),
  apologise: apologiseAnswers.partial().strict(),
  fix: fixAnswers.partial().strict(),
  close: closeAnswers.partial().strict(),
};

export const incidentAnswers = z.object(answerSchemas);
export type IncidentAnswers = z.infer<typeof incidentAnswers>;
export type AnswersOf<S extends IncidentStep> = IncidentAnswers[S];

export function emptyAnswers(): IncidentAnswers {
  return {
    pause: { outcome: null },
    happened: {
      clientId: null,
      briefId: null,
      description: '',
      happenedOn: null,
      deliveredOn: null,
      reportedOn: null,
      spottedBy: null,
      impacts: [],
      impactAmount: '',
      severity: null,
      harmOngoing: null,
      happenedAfterReport: false,
    },
    contain: {},
    paperTrail: { verdict: null, instructionEntryId: null, note: '' },
    remedy: { invoice: null, offer: null },
    fixOrAsk: { withinBrief: null, reversible: null, needsClientDecision: null, clientAlreadyAffected: null, choice: null, reason: '' },
    talk: { clientUpset: null, vaUpset: null, channel: null },
    apologise: { text: '', channel: 'email' },
    fix: {},
    close: { resolution: '', cause: null, causeDetail: '', lesson: '', resolvedOn: null },
  };
}

// ---- Actions: appended, each with its time ----

export const containAction = z.object({ id, at: isoDateTime, label: text('The action', 300), note: text('The note', 1_000) });
export type ContainAction = z.infer<typeof containAction>;

export const callLog = z.object({ id, at: isoDateTime, outcome: text('The outcome', 2_000) });
export type CallLog = z.infer<typeof callLog>;

export const apologySent = z.object({ id, at: isoDateTime, channel: apologyChannel, text: text('The message', 10_000), paperTrailEntryId: id.nullable() });
export type ApologySent = z.infer<typeof apologySent>;

export const fixTask = z.object({ id, createdAt: isoDateTime, label: text('The step', 300), doneAt: isoDateTime.nullable() });
export type FixTask = z.infer<typeof fixTask>;

export const timeEntry = z.object({
  id,
  at: isoDateTime,
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  note: text('The note', 300),
  /** A mistyped entry is struck out, never deleted, so the timeline still adds up. */
  removedAt: isoDateTime.nullable(),
});
export type TimeEntry = z.infer<typeof timeEntry>;

export const preventionScope = z.enum(['global', 'client']);
export const preventionStep = z.object({ id, at: isoDateTime, scope: preventionScope, label: text('The item', 200), checklistItemId: id.nullable() });
export type PreventionStep = z.infer<typeof preventionStep>;

export const timelineKind = z.enum([
  'started',
  'step',
  'contain',
  'call',
  'apology',
  'fix-task',
  'fix-task-done',
  'fix-task-undone',
  'time',
  'time-removed',
  'prevention',
  'closed',
  'reopened',
]);
export type TimelineKind = z.infer<typeof timelineKind>;
export const timelineEntry = z.object({ id, at: isoDateTime, kind: timelineKind, step: incidentStep.nullable(), text: text('The entry', 4_000) });
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** What the remedy step decided, kept as it was then, so a later change to the client's contract cannot rewrite it. */
export const remedyOutcome = z.object({
  remedy: z.enum(['free-fix', 'goodwill-fix', 'billable-change', 'no-fault']),
  insideWindow: z.boolean(),
  closesOn: isoDate.nullable(),
  windowText: text('The window', 1_000),
  conformityDays: z.number().int().min(0),
  region: z.string().max(20),
  billable: z.boolean(),
});
export type RemedyOutcome = z.infer<typeof remedyOutcome>;

export const incident = z.object({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  trashedAt: isoDateTime.nullable(),
  trashBatchId: id.nullable(),
  status: incidentStatus,
  closedAt: isoDateTime.nullable(),
  /** Where the VA is (or was when they left): the flow resumes here. */
  currentScreen: incidentScreen,
  completedScreens: z.array(incidentScreen),
  answers: incidentAnswers,
  remedyOutcome: remedyOutcome.nullable().default(null),
  containActions: z.array(containAction).default([]),
  calls: z.array(callLog).default([]),
  apologies: z.array(apologySent).default([]),
  fixTasks: z.array(fixTask).default([]),
  timeEntries: z.array(timeEntry).default([]),
  prevention: z.array(preventionStep).default([]),
  timeline: z.array(timelineEntry).default([]),
});
export type Incident = z.infer<typeof incident>;

export const incidentCollections = {
  incidents: z.array(incident).default([]),
};
