// Words on the incident screens, kept together for review. Calm, plain, second person; no blame, no exclamation marks.
import { currentPage, type FlowScreen, type IncidentScreen } from '../../../../shared/model/incident';
import type { Verdict } from '../../../../shared/domain/remedy';
import type { StageId } from '../../../../shared/domain/incidentFlow';
import { messageWords } from '../../../../shared/domain/incidentVerdict';
export {
  CAUSE_LABELS,
  FIX_OR_ASK_LABELS,
  IMPACT_LABELS,
  INVOICE_LABELS,
  REMEDY_LABELS,
  SEVERITY_LABELS,
  SPOTTED_BY_LABELS,
  STEP_NAMES,
  VERDICT_LABELS,
} from '../../../../shared/domain/incidentWords';

export const flowText = {
  mantra: 'You are not this mistake; what matters now is how you handle it.',
  back: 'Back',
  continue: 'Continue',
  closeIncident: 'Close the incident',
  errorSummaryTitle: 'There is a problem',
  stepOf: (n: number, total: number, name: string) => `Step ${n} of ${total}: ${name}`,
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  progressLabel: 'Your progress',
  progressDone: 'done',
  progressCurrent: 'you are here',
  detailsLink: 'Details and timeline',
  savedQuietly: 'Saved',
  loading: 'Loading…',
  optional: '(optional)',
};

export const pauseText = {
  heading: 'Take a breath first',
  hint: 'About one minute. It helps you think clearly before you reply to anyone.',
  srIntro: 'A one-minute breathing exercise. Follow the words on screen, or skip it.',
  skip: 'Skip',
  continue: 'Continue',
  done: 'That was a minute. When you are ready, carry on.',
  left: (s: number) => (s >= 60 ? 'About a minute left' : s > 10 ? `About ${Math.ceil(s / 5) * 5} seconds left` : 'Nearly there'),
  phases: {
    in: 'Breathe in through your nose',
    'in-top': 'A second short breath in',
    out: 'Breathe out slowly through your mouth',
    hold: 'Hold',
  },
  shortPhases: { in: 'In', 'in-top': 'In', out: 'Out', hold: 'Hold' },
  patternNote: { 'cyclic-sighing': 'Cyclic sighing: two breaths in, one long breath out.', box: 'Box breathing: in, hold, out, hold, four counts each.' },
  changeInSettings: 'Change the exercise in Settings.',
  openIncident: (client: string) => `You already have an open incident${client ? ` for ${client}` : ''}.`,
  continueIt: 'Continue it instead',
};

interface ScreenWords {
  heading: string;
  hint?: string;
}

export const screenText: Record<FlowScreen, ScreenWords> = {
  pause: { heading: pauseText.heading, hint: pauseText.hint },
  'happened.ongoing': {
    heading: 'Is the harm still happening?',
    hint: 'For example, a payment still going through, an automation still running or messages still sending.',
  },
  'happened.what': { heading: 'What happened?', hint: 'A sentence or two is enough. Stick to the facts for now.' },
  'happened.impact': { heading: 'Who spotted it, and how serious is it?', hint: 'Your first impression is fine. You can change it later.' },
  paperTrail: { heading: 'Did the client ask for this?', hint: 'Look at what was actually asked before you reply. Then choose what it shows.' },
  'fixOrAsk.choice': {
    heading: 'Fix first, or ask first?',
    hint: 'Four quick questions. If all four allow it, you can fix it quietly and then tell the client.',
  },
  'talk.plan': { heading: 'Call, or write?' },
  apologise: { heading: 'Write your apology' },
  'close.lesson': { heading: 'Put it right, and close', hint: 'Tick off what is left, say how it was put right, and what you will do differently.' },
};

/** The message page reads differently when nobody is at fault (shared/domain/incidentVerdict.ts decides). */
export function headingFor(screen: IncidentScreen, verdict: Verdict | null): ScreenWords {
  const page = currentPage(screen);
  if (page === 'apologise') {
    const words = messageWords(verdict);
    return { heading: words.heading, hint: words.hint };
  }
  return screenText[page];
}

/** The seven stages' names in the progress list; the message stage is named for what the message is. */
export function stageName(stage: StageId, verdict: Verdict | null): string {
  return stage === 'message' ? messageWords(verdict).stageName : STAGE_NAMES[stage];
}

const STAGE_NAMES: Record<StageId, string> = {
  pause: 'Pause',
  harm: 'Stop the harm',
  happened: 'What happened',
  check: 'Check the paper trail',
  talk: 'Talk',
  message: 'Apologise',
  close: 'Fix and close',
};

export const happenedText = {
  client: 'Client',
  chooseClient: 'Choose a client',
  noClients: 'You have no clients yet. Add the client first; this incident is saved and waits for you.',
  addClient: 'Add a client',
  brief: 'Brief',
  briefHint: 'Optional.',
  noBrief: 'No particular brief',
  description: 'What happened',
  descriptionHint: 'For example: “I deleted the Newsletters label, and the 6,000 emails in it went too.”',
  happenedOn: 'When did it happen?',
  deliveredOn: 'When was the work delivered?',
  deliveredOnHint: 'Filled in from the brief where it has one. Leave it empty if the work was not delivered yet.',
  reportedOn: 'When was it reported, or when did you spot it?',
  happenedOnHint: 'The same day as the report unless you change it.',
  happenedAfterReport: 'Yes, it really happened after it was reported',
  spotted: 'Who spotted it first?',
  impacts: 'What has it affected?',
  impactsHint: 'Choose all that apply.',
  severity: 'How serious is it?',
  suggested: 'suggested from what it affected',
  spottedHints: {
    me: 'You noticed it before anyone else did.',
    client: 'The client told you.',
    'someone-else': 'A colleague, a supplier or the client’s customer.',
  },
  impactHints: {
    data: 'Emails, files, records or settings lost or changed.',
    money: 'A payment, an invoice or a refund.',
    deadline: 'Something is late or will be.',
    reputation: 'The client’s customers or the public saw it.',
    other: 'Anything else.',
  },
  howMuch: 'How much?',
  howMuchHint: 'For example, 6,000 emails or £72,000.',
  severityHints: {
    low: 'Easy to put right; nobody outside is affected.',
    medium: 'Takes real work to fix, or the client is inconvenienced.',
    high: 'Money, data or the client’s customers are affected, or it is hard to undo.',
  },
  ongoingYes: 'Yes, it is still happening',
  ongoingNo: 'No, it has stopped',
  containHeading: 'Stop it now',
  containHint: 'Do these first. Each one you mark as done is logged with the time. Then carry on: the rest can wait.',
};

export const containText = {
  heading: 'Stop it now',
  hint: 'Do these first. Each one you mark as done is logged with the time. Then carry on: the rest can wait.',
  suggested: 'Suggested for this incident',
  more: 'More ideas',
  markDone: 'Mark as done',
  doneAt: (time: string) => `Done at ${time}`,
  other: 'Something else you did',
  otherHint: 'Write it as you did it, for example “Asked Sam in finance to hold all payments”.',
  log: 'Log it',
  logged: 'Logged so far',
  none: 'Nothing logged yet. Do what you can, then mark it as done.',
};

export const remedyInlineText = {
  heading: 'What it means for the bill',
};

export const paperTrailStepText = {
  briefHeading: 'The brief',
  whatWasAsked: 'What was asked',
  inScope: 'In scope',
  outOfScope: 'Out of scope',
  snapshot: (kind: string, when: string) => `${kind}, ${when}`,
  snapshotKinds: { started: 'As it was when work started', delivered: 'As it was when it was delivered' } as const,
  overrideHeading: 'Work started before the checklist was finished',
  overrideReason: (reason: string) => `Your reason at the time: “${reason}”`,
  entriesHeading: 'What the client said around that time',
  entriesNone: 'Nothing in the paper trail for this client around that time. Check your email and messages, then add what you find to the paper trail.',
  nearest: 'Their latest message before it happened',
  confirmed: 'Confirmed in writing',
  sentByYou: 'Sent by you',
  verdictLegend: 'What does the paper trail show?',
  verdictHints: {
    'my-error': 'The instruction was clear and the work did not follow it.',
    'as-instructed': 'The work did what the client asked, in their words.',
    'unclear-brief': 'The request could reasonably be read more than one way.',
    'beyond-spec': 'The client wants something that was never part of the agreement.',
  } satisfies Record<Verdict, string>,
  guidance: {
    'my-error': 'Own it plainly, once. The next steps help you put it right and say so clearly.',
    'as-instructed':
      'Nobody is to blame. When you reply, show the instruction gently, without “as you asked”. Offer the change as billable work or as a goodwill fix.',
    'unclear-brief': 'Treat it as yours to put right; the fix window still applies. Then make the brief clearer for next time.',
    'beyond-spec': 'This is new work, not a fix. Tell the client it is billable, and what it will cost, before you start.',
  } satisfies Record<Verdict, string>,
  instruction: 'Which message holds the instruction?',
  note: 'Anything to remember about this? (optional)',
};

export const remedyText = {
  datesHeading: 'The dates',
  contract: (client: string, days: number) => `Your contract with ${client}: fixes are free for ${days} working ${days === 1 ? 'day' : 'days'} after delivery.`,
  region: (label: string) => `Public holidays: ${label}, from your settings.`,
  offer: 'How will you offer the change?',
  offerOptions: { billable: 'As billable work', goodwill: 'As a goodwill fix, at no charge' },
  invoice: 'What will you do about the invoice for this work?',
  recommended: '(recommended)',
  warningTitle: 'A word before you do this',
  missingDates: 'Add the date it was reported in “What happened”, then come back.',
};

export const fixOrAskText = {
  questions: {
    withinBrief: 'Does the fix stay within what the client asked for?',
    reversible: 'Can the fix be undone easily?',
    needsClientDecision: 'Is there a choice in it that belongs to the client?',
    clientAlreadyAffected: 'Has the client, or anyone they work with, already been affected?',
  },
  yes: 'Yes',
  no: 'No',
  recommended: 'Recommended',
  choice: 'What will you do?',
  reason: 'Why are you choosing differently?',
  reasonHint: 'It is kept with the incident, so you can look back on it.',
};

export const talkText = {
  feelingsHeading: 'How upset is everyone? (optional)',
  feelingsHint: 'Only if it helps: a call is recommended when either of you is very upset. Nobody sees this but you.',
  clientUpset: 'How upset does the client seem?',
  vaUpset: 'How upset are you?',
  scale: { 1: 'Calm', 2: 'A little', 3: 'Upset', 4: 'Very', 5: 'Extremely' } as Record<number, string>,
  callRecommended: 'A phone call is recommended',
  writingFine: 'Writing is fine',
  contactHeading: 'How to reach them',
  phone: 'Phone',
  noPhone: 'No phone number saved for this client.',
  preferred: 'Prefers',
  scriptHeading: 'A short call script',
  scriptHint: 'Say it in your own words. Pause after the last question and listen.',
  channel: 'How will you talk to them?',
  channelOptions: { call: 'Call them', write: 'Write to them' },
  logHeading: 'Log a call',
  outcome: 'What was agreed?',
  outcomeHint: 'A line or two, with any times you promised.',
  logCall: 'Log the call',
  callAt: (time: string) => `Call at ${time}`,
};

export const apologyText = {
  message: 'Your message',
  draftNote: 'Steadyhand drafted this from what you have said. Anything in [brackets] is yours to fill in.',
  redraft: 'Start again from the draft',
  copy: 'Copy the message',
  copied: 'Copied. Paste it into your email or chat.',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  gapsTitle: 'This message still has parts in [brackets]',
  gapsBody: (gaps: string) => `Still to fill: ${gaps}. The paper trail keeps exactly what you save, and it cannot be edited later.`,
  saveAnyway: 'Save it anyway',
  otherTemplates: 'Or start from a template in your library',
  keepEditing: 'Keep editing',
  channel: 'How will you send it?',
  channels: { email: 'Email', chat: 'Chat or DM' },
  toneHeading: 'Tone check',
  markSent: 'Mark as sent',
  sentNote: (channel: string, time: string) => `Sent by ${channel} at ${time}. Saved in the client’s paper trail.`,
  toneHint: 'Suggestions only. Send it when it reads right to you.',
  needText: 'Write the message first.',
  templatesLater: 'Copy it into your email or chat, send it, then mark it as sent here.',
  templateHint: (situation: string) =>
    `Start from a template for “${situation}”, filled from what you have told Steadyhand. Gaps in [brackets] are yours to fill.`,
  templateLabel: 'Template',
  useTemplate: 'Start from the template',
  replaceWithTemplate: 'Replace my text with the template',
  undoTemplate: 'Undo',
};

export const fixText = {
  panelSummary: 'Steps still to do, and time spent (optional)',
  stepsHeading: 'Steps',
  noSteps: 'No steps yet. Add the first one below.',
  newStep: 'Add a step',
  addStep: 'Add step',
  timeHeading: 'Time spent',
  minutes: 'How long?',
  minutesHint: 'For example 30, or 1h 15.',
  minutesProblem: 'Enter the time in minutes, such as 30, or hours and minutes, such as 1h 15.',
  note: 'What was it for? (optional)',
  logTime: 'Log time',
  strike: 'Strike out',
  struck: 'Struck out',
  total: 'Total',
  billable: 'Billable',
  notBillable: 'Not billable',
  billableBecause: 'This time is billable, because the remedy is a billable change.',
  notBillableBecause: 'This time is not billable, because the remedy is a fix at no charge.',
  undoneLeft: (n: number) => `${n} ${n === 1 ? 'step is' : 'steps are'} not done yet. You can carry on and come back to them.`,
};

export const closeText = {
  fixHeading: 'What is left to do',
  resolution: 'How it was put right',
  resolutionHint: 'Drafted from what you logged, where you logged anything. Change it as you like.',
  resolvedOn: 'When was it put right?',
  cause: 'What caused it?',
  causeHint: 'Choose the one that fits best. This is for learning, not for blame.',
  causeOther: 'What was it?',
  lesson: 'What will you do differently next time?',
  lessonHint: 'In your own words. A small, concrete habit works best.',
  preventHeading: 'Add it to a checklist',
  preventHint: 'So the check comes up before you start work next time.',
  itemLabel: 'Checklist item',
  itemLabelHint: 'Short, as a check you can tick. For example: “Preview what a bulk delete will remove.”',
  scope: 'Which checklist?',
  scopeGlobal: 'Every client',
  scopeClient: (name: string) => `Only ${name}`,
  required: 'Required before starting work',
  why: 'Why it matters',
  add: 'Add to checklist',
  added: (where: string, label: string) => `Added to ${where}: “${label}”`,
  everyClientsChecklist: 'the checklist for every client',
  clientsChecklist: (name: string) => `${name || 'the client'}’s checklist`,
  whyDefault: (date: string, what: string) => `After an incident on ${date}: ${what}`,
};

export const listText = {
  heading: 'Incidents',
  start: 'I made a mistake',
  filters: { open: 'Open', closed: 'Closed', all: 'All' } as const,
  filterLabel: 'Show',
  emptyTitle: 'No incidents',
  emptyBody: 'When something goes wrong, press “I made a mistake”. Steadyhand walks you through it, one question at a time.',
  emptyFiltered: 'Nothing here with this filter.',
  columns: { incident: 'Incident', client: 'Client', severity: 'Severity', status: 'Status', age: 'Age' },
  untitled: 'Not described yet',
  noClient: 'Not chosen yet',
  open: 'Open',
  closed: 'Closed',
  openedAgo: (age: string) => `Opened ${age}`,
  closedAfter: (age: string) => `Closed after ${age}`,
};

export const detailText = {
  continue: 'Continue where you left off',
  reopen: 'Reopen',
  trash: 'Move to trash',
  trashTitle: 'Move this incident to the trash?',
  trashBody: 'This moves the incident and its timeline to the trash. You can undo this for 10 seconds, or restore it from Trash later.',
  trashed: 'Moved the incident to the trash.',
  restored: 'Restored the incident.',
  closedBanner: 'The incident is closed. Everything you did is in the timeline below.',
  whatHappened: 'What happened',
  decisions: 'Decisions',
  actions: 'What was done',
  lesson: 'Lesson and prevention',
  timeline: 'Timeline',
  labels: {
    client: 'Client',
    brief: 'Brief',
    happenedOn: 'Happened',
    deliveredOn: 'Delivered',
    reportedOn: 'Reported',
    spottedBy: 'Spotted first by',
    impact: 'Affected',
    severity: 'Severity',
    verdict: 'Verdict',
    instruction: 'The instruction',
    remedy: 'Remedy',
    invoice: 'Invoice',
    fixOrAsk: 'Fix or ask',
    cause: 'Cause',
    resolution: 'Resolution',
    resolvedOn: 'Resolved',
    lesson: 'Lesson',
    checklist: 'Added to checklists',
    time: 'Time',
  },
  none: '—',
};
