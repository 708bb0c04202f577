// Which questions the incident flow asks, in what order, and what each page needs before the VA moves on.
//
// Order decisions (the contract the screens and the core rely on):
// - Pause, then "Is harm still happening?" first: when it is, the ways to stop it are on that same page,
//   because nothing else matters until it stops.
// - Then what happened (one page of facts: client, brief, words, dates) and how it was spotted and how serious it is.
// - When the VA spotted it, "fix first or ask first" comes next (a quiet fix may still be possible). Nobody else
//   gets that question: the client already knows.
// - Then the paper trail, with the remedy and the invoice on the same page, because the verdict decides them.
// - Then talk (call or write), the message to the client (an apology only for a mistake), and close: the fix
//   steps, the resolution, the cause and the lesson on one page.
// The VA sees seven stages, always the same seven, so "Step 2 of 7" never turns into "of 10"; within a stage,
// "Question 1 of 2" counts the pages that apply.
import { currentPage, type FlowScreen, type IncidentAnswers, type IncidentScreen, type IncidentStep, screensOfStep, stepOfScreen } from '../model/incident';
import { recommendFixOrAsk } from './fixOrAsk';
import { callRecommendation } from './incidentTalk';
import { recommendedCause } from './incidentVerdict';

export type FlowFacts = Pick<IncidentAnswers['happened'], 'spottedBy' | 'harmOngoing'>;

/** The steps whose pages apply to this incident, in the order they are shown. */
export function flowSteps(facts: FlowFacts): IncidentStep[] {
  const middle: IncidentStep[] = facts.spottedBy === 'me' ? ['fixOrAsk', 'paperTrail'] : ['paperTrail'];
  return ['pause', 'happened', ...middle, 'talk', 'apologise', 'close'];
}

/** Every page of the flow for this incident, in order. */
export function flowScreens(facts: FlowFacts): FlowScreen[] {
  return flowSteps(facts).flatMap((step) => [...screensOfStep[step]] as FlowScreen[]);
}

/** Steps without a page of their own, finished (for the timeline) when the page that holds them is finished. */
export function stepsFinishedWith(screen: FlowScreen, answers: IncidentAnswers): IncidentStep[] {
  const step = stepOfScreen(screen);
  const pages = screensOfStep[step] as readonly string[];
  const own: IncidentStep[] = pages[pages.length - 1] === screen ? [step] : [];
  if (screen === 'happened.ongoing' && answers.happened.harmOngoing === true) return ['contain'];
  if (screen === 'paperTrail') return [...own, 'remedy'];
  if (screen === 'close.lesson') return ['fix', ...own];
  return own;
}

// ---- The stages the VA sees ----

export type StageId = 'pause' | 'harm' | 'happened' | 'check' | 'talk' | 'message' | 'close';
export const STAGES: readonly { id: StageId; screens: readonly FlowScreen[] }[] = [
  { id: 'pause', screens: ['pause'] },
  { id: 'harm', screens: ['happened.ongoing'] },
  { id: 'happened', screens: ['happened.what', 'happened.impact'] },
  { id: 'check', screens: ['fixOrAsk.choice', 'paperTrail'] },
  { id: 'talk', screens: ['talk.plan'] },
  { id: 'message', screens: ['apologise'] },
  { id: 'close', screens: ['close.lesson'] },
];

export const stageOf = (screen: IncidentScreen): StageId => STAGES.find((s) => s.screens.includes(currentPage(screen)))!.id;

/**
 * The page after `current`, or null after the last. If `current` no longer applies (the VA went back and
 * said someone else spotted it, say), the next applicable page after where it used to sit is given.
 */
export function nextScreen(facts: FlowFacts, current: IncidentScreen): FlowScreen | null {
  const page = currentPage(current);
  const screens = flowScreens(facts);
  const at = screens.indexOf(page);
  if (at >= 0) return screens[at + 1] ?? null;
  return neighbour(screens, page, 1);
}

/** The page before `current`, or null on the first. */
export function previousScreen(facts: FlowFacts, current: IncidentScreen): FlowScreen | null {
  const page = currentPage(current);
  const screens = flowScreens(facts);
  const at = screens.indexOf(page);
  if (at >= 0) return at === 0 ? null : (screens[at - 1] ?? null);
  return neighbour(screens, page, -1);
}

const ALL_PAGES = flowScreens({ spottedBy: 'me', harmOngoing: true });

// For a page that does not apply: the nearest applicable page in the given direction, by the full order.
function neighbour(screens: FlowScreen[], current: FlowScreen, direction: 1 | -1): FlowScreen | null {
  const index = (s: FlowScreen) => ALL_PAGES.indexOf(s);
  const here = index(current);
  const candidates = direction === 1 ? screens.filter((s) => index(s) > here) : screens.filter((s) => index(s) < here).reverse();
  return candidates[0] ?? null;
}

const done = (completed: readonly IncidentScreen[]) => new Set(completed.map(currentPage));

/** True when the VA may open this page: it applies, and it was answered before or is the next unanswered one. */
export function canVisit(facts: FlowFacts, completed: readonly IncidentScreen[], target: IncidentScreen): boolean {
  const page = currentPage(target);
  const screens = flowScreens(facts);
  if (!screens.includes(page)) return false;
  if (done(completed).has(page)) return true;
  return firstUnanswered(facts, completed) === page;
}

/** The first applicable page not yet answered, or null when every page has been. */
export function firstUnanswered(facts: FlowFacts, completed: readonly IncidentScreen[]): FlowScreen | null {
  const answered = done(completed);
  return flowScreens(facts).find((s) => !answered.has(s)) ?? null;
}

export type StepState = 'done' | 'current' | 'todo';

export interface FlowProgress {
  steps: { stage: StageId; state: StepState; firstScreen: FlowScreen }[];
  /** 1-based position of the current stage; there are always seven. */
  stepNumber: number;
  stepCount: number;
  /** 1-based position of the current page within its stage, and how many pages of the stage apply. */
  screenNumber: number;
  screensInStep: number;
}

export function flowProgress(facts: FlowFacts, current: IncidentScreen, completed: readonly IncidentScreen[]): FlowProgress {
  const page = currentPage(current);
  const applies = flowScreens(facts);
  const answered = done(completed);
  const here = stageOf(page);
  const steps = STAGES.map((stage) => {
    const screens = stage.screens.filter((s) => applies.includes(s));
    const state: StepState = stage.id === here ? 'current' : screens.every((s) => answered.has(s)) ? 'done' : 'todo';
    return { stage: stage.id, state, firstScreen: screens[0] ?? stage.screens[0]! };
  });
  const inStage = STAGES.find((s) => s.id === here)!.screens.filter((s) => applies.includes(s) || s === page);
  return {
    steps,
    stepNumber: STAGES.findIndex((s) => s.id === here) + 1,
    stepCount: STAGES.length,
    screenNumber: inStage.indexOf(page) + 1,
    screensInStep: inStage.length,
  };
}

// ---- Recommendations, pre-selected so that accepting one costs the VA nothing ----

/** Keeping the invoice is always the recommendation: inside the window the fix is free anyway, and waiving hurts. */
export const RECOMMENDED_INVOICE = 'keep' as const;

/** How the change is offered when the work was done as instructed: as billable work, like any other change. */
export const RECOMMENDED_OFFER = 'billable' as const;

/** A first suggestion for how serious it is, from what it affected; the VA can change it. */
export function suggestedSeverity(impacts: readonly IncidentAnswers['happened']['impacts'][number][]): 'low' | 'medium' | 'high' | null {
  if (impacts.length === 0) return null;
  if (impacts.includes('money') || impacts.includes('data')) return 'high';
  if (impacts.includes('deadline') || impacts.includes('reputation')) return 'medium';
  return 'low';
}

/**
 * The answers as the flow treats them once `screen` is finished: a recommendation the VA left as it was counts as
 * chosen. The core applies this when a page is finished; the screens show the same values pre-selected.
 */
export function withRecommendations(answers: IncidentAnswers, screen: IncidentScreen): IncidentAnswers {
  const a = JSON.parse(JSON.stringify(answers)) as IncidentAnswers;
  switch (currentPage(screen)) {
    case 'happened.what':
      if (a.happened.happenedOn === null) a.happened.happenedOn = a.happened.reportedOn;
      break;
    case 'happened.impact':
      if (a.happened.severity === null) a.happened.severity = suggestedSeverity(a.happened.impacts);
      break;
    case 'paperTrail':
      if (a.paperTrail.verdict !== null && a.remedy.invoice === null) a.remedy.invoice = RECOMMENDED_INVOICE;
      if (a.paperTrail.verdict === 'as-instructed' && a.remedy.offer === null) a.remedy.offer = RECOMMENDED_OFFER;
      break;
    case 'fixOrAsk.choice':
      if (a.fixOrAsk.choice === null) a.fixOrAsk.choice = fixOrAskRecommendation(a);
      break;
    case 'talk.plan':
      if (a.talk.channel === null) a.talk.channel = recommendedChannel(a);
      break;
    case 'close.lesson':
      if (a.close.cause === null) a.close.cause = recommendedCause(a.paperTrail.verdict);
      break;
    default:
      break;
  }
  return a;
}

/** Call when a call is recommended (high severity, or either of you very upset), otherwise write. */
export function recommendedChannel(a: IncidentAnswers): 'call' | 'write' {
  return callRecommendation({ clientUpset: a.talk.clientUpset, vaUpset: a.talk.vaUpset, severity: a.happened.severity }).recommended ? 'call' : 'write';
}

// ---- What each page needs before moving on ----

/** What the core knows that the answers alone do not. */
export interface ProblemContext {
  /** Whether the paper trail has entries the VA could point to as the instruction. */
  hasInstructionCandidates: boolean;
}

/** User-facing words, kept together. Each tells the VA what to do, not what they did wrong. */
export const SCREEN_PROBLEMS = {
  outcome: 'Choose Continue or Skip.',
  clientId: 'Choose the client this is about.',
  description: 'Say what happened, in a sentence or two.',
  happenedOn: 'Enter the date it happened.',
  reportedOn: 'Enter the date it was reported or spotted.',
  happenedAfterReport: 'Check the dates: the day it happened is after the day it was reported. Change one, or tick the box if that is right.',
  spottedBy: 'Choose who spotted it first.',
  impacts: 'Choose at least one. If none fits, choose Other.',
  severity: 'Choose how serious it is.',
  harmOngoing: 'Choose yes or no.',
  verdict: 'Choose what the paper trail shows.',
  instructionEntryId: 'Choose the message that holds the instruction.',
  invoice: 'Choose what to do about the invoice.',
  offer: 'Choose how you will offer the change.',
  withinBrief: 'Choose yes or no.',
  reversible: 'Choose yes or no.',
  needsClientDecision: 'Choose yes or no.',
  clientAlreadyAffected: 'Choose yes or no.',
  choice: 'Choose what you will do.',
  reason: 'Say briefly why you are choosing differently. It is kept with the incident.',
  clientUpset: 'Choose a number from 1 to 5.',
  vaUpset: 'Choose a number from 1 to 5.',
  channel: 'Choose a call or a written message.',
  resolution: 'Say how it was put right, in a sentence or two.',
  cause: 'Choose the cause that fits best.',
  causeDetail: 'Say in a few words what the cause was.',
  lesson: 'Write the lesson in your own words.',
} as const;

const blank = (value: string) => value.trim() === '';

/** What is still missing on a page, by field name; empty when the VA may move on. */
export function screenProblems(screen: IncidentScreen, answers: IncidentAnswers, context: ProblemContext): Record<string, string> {
  const p: Record<string, string> = {};
  const need = (missing: boolean, field: keyof typeof SCREEN_PROBLEMS) => {
    if (missing) p[field] = SCREEN_PROBLEMS[field];
  };
  const h = answers.happened;
  switch (currentPage(screen)) {
    case 'pause':
      need(answers.pause.outcome === null, 'outcome');
      break;
    case 'happened.ongoing':
      need(h.harmOngoing === null, 'harmOngoing');
      break;
    case 'happened.what':
      need(h.clientId === null, 'clientId');
      need(blank(h.description), 'description');
      need(h.reportedOn === null, 'reportedOn');
      need(h.happenedOn === null, 'happenedOn');
      need(h.happenedOn !== null && h.reportedOn !== null && h.happenedOn > h.reportedOn && !h.happenedAfterReport, 'happenedAfterReport');
      break;
    case 'happened.impact':
      need(h.spottedBy === null, 'spottedBy');
      need(h.impacts.length === 0, 'impacts');
      need(h.severity === null, 'severity');
      break;
    case 'paperTrail': {
      const t = answers.paperTrail;
      need(t.verdict === null, 'verdict');
      need(t.verdict === 'as-instructed' && context.hasInstructionCandidates && t.instructionEntryId === null, 'instructionEntryId');
      need(t.verdict !== null && answers.remedy.invoice === null, 'invoice');
      need(t.verdict === 'as-instructed' && answers.remedy.offer === null, 'offer');
      break;
    }
    case 'fixOrAsk.choice': {
      const f = answers.fixOrAsk;
      need(f.withinBrief === null, 'withinBrief');
      need(f.reversible === null, 'reversible');
      need(f.needsClientDecision === null, 'needsClientDecision');
      need(f.clientAlreadyAffected === null, 'clientAlreadyAffected');
      need(f.choice === null && fixOrAskRecommendation(answers) !== null, 'choice');
      const recommended = fixOrAskRecommendation(answers);
      need(f.choice !== null && recommended !== null && f.choice !== recommended && blank(f.reason), 'reason');
      break;
    }
    case 'talk.plan':
      need(answers.talk.channel === null, 'channel');
      break;
    case 'close.lesson':
      need(blank(answers.close.resolution), 'resolution');
      need(answers.close.cause === null, 'cause');
      need(answers.close.cause === 'other' && blank(answers.close.causeDetail), 'causeDetail');
      need(blank(answers.close.lesson), 'lesson');
      break;
    case 'apologise':
      break;
  }
  return p;
}

/** The fix-or-ask recommendation once all four questions are answered, else null. */
export function fixOrAskRecommendation(answers: IncidentAnswers): 'fix-then-inform' | 'inform-and-ask' | null {
  const { withinBrief, reversible, needsClientDecision, clientAlreadyAffected } = answers.fixOrAsk;
  if (withinBrief === null || reversible === null || needsClientDecision === null || clientAlreadyAffected === null) return null;
  return recommendFixOrAsk({ withinBrief, reversible, needsClientDecision, clientAlreadyAffected }).recommendation;
}
