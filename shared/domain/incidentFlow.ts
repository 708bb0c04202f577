// Which questions the incident flow asks, in what order, and what each page needs before the VA moves on.
//
// Order decisions (the contract the screens and the core rely on):
// - Pause, then "What happened" (seven short questions) always come first.
// - Stopping harm that is still happening comes straight after: nothing else matters until it stops.
// - When the client spotted it, checking the paper trail is the first thing after that, before any
//   remedy or conversation: the VA needs to know what was actually asked before they reply.
// - When the VA spotted it, "fix first or ask first" comes next instead (a quiet fix may still be
//   possible), then the paper trail. Nobody else gets that question: the client already knows.
// - Then remedy and billing, talk, apologise, fix, and close and prevent.
// Until "who spotted it" and "is harm still happening" are answered, the flow assumes neither applies.
import {
  type IncidentAnswers,
  type IncidentScreen,
  type IncidentStep,
  screensOfStep,
  stepOfScreen,
} from '../model/incident';
import { recommendFixOrAsk } from './fixOrAsk';

export type FlowFacts = Pick<IncidentAnswers['happened'], 'spottedBy' | 'harmOngoing'>;

/** The steps that apply to this incident, in the order they are shown. */
export function flowSteps(facts: FlowFacts): IncidentStep[] {
  const contain: IncidentStep[] = facts.harmOngoing === true ? ['contain'] : [];
  const middle: IncidentStep[] =
    facts.spottedBy === 'me' ? ['fixOrAsk', 'paperTrail', 'remedy'] : ['paperTrail', 'remedy'];
  return ['pause', 'happened', ...contain, ...middle, 'talk', 'apologise', 'fix', 'close'];
}

/** Every page of the flow for this incident, in order. */
export function flowScreens(facts: FlowFacts): IncidentScreen[] {
  return flowSteps(facts).flatMap((step) => [...screensOfStep[step]] as IncidentScreen[]);
}

/**
 * The page after `current`, or null after the last. If `current` no longer applies (the VA went back and
 * said harm has stopped, say), the next applicable page after where it used to sit is given.
 */
export function nextScreen(facts: FlowFacts, current: IncidentScreen): IncidentScreen | null {
  const screens = flowScreens(facts);
  const at = screens.indexOf(current);
  if (at >= 0) return screens[at + 1] ?? null;
  return neighbour(screens, current, 1);
}

/** The page before `current`, or null on the first. */
export function previousScreen(facts: FlowFacts, current: IncidentScreen): IncidentScreen | null {
  const screens = flowScreens(facts);
  const at = screens.indexOf(current);
  if (at >= 0) return at === 0 ? null : (screens[at - 1] ?? null);
  return neighbour(screens, current, -1);
}

// For a page that does not apply: the nearest applicable page in the given direction, by the steps' own order.
function neighbour(screens: IncidentScreen[], current: IncidentScreen, direction: 1 | -1): IncidentScreen | null {
  const stepIndex = (s: IncidentScreen) => flowSteps({ spottedBy: 'me', harmOngoing: true }).indexOf(stepOfScreen(s));
  const here = stepIndex(current);
  const candidates = direction === 1 ? screens.filter((s) => stepIndex(s) > here) : screens.filter((s) => stepIndex(s) < here).reverse();
  return candidates[0] ?? null;
}

/** True when the VA may open this page: it applies, and it was answered before or is the next unanswered one. */
export function canVisit(facts: FlowFacts, completed: readonly IncidentScreen[], target: IncidentScreen): boolean {
  const screens = flowScreens(facts);
  if (!screens.includes(target)) return false;
  if (completed.includes(target)) return true;
  return firstUnanswered(facts, completed) === target;
}

/** The first applicable page not yet answered, or null when every page has been. */
export function firstUnanswered(facts: FlowFacts, completed: readonly IncidentScreen[]): IncidentScreen | null {
  return flowScreens(facts).find((s) => !completed.includes(s)) ?? null;
}

export type StepState = 'done' | 'current' | 'todo';

export interface FlowProgress {
  steps: { step: IncidentStep; state: StepState; firstScreen: IncidentScreen }[];
  /** 1-based position of the current step among the steps that apply. */
  stepNumber: number;
  stepCount: number;
  /** 1-based position of the current page within its step, and how many pages the step has. */
  screenNumber: number;
  screensInStep: number;
}

export function flowProgress(facts: FlowFacts, current: IncidentScreen, completed: readonly IncidentScreen[]): FlowProgress {
  const currentStep = stepOfScreen(current);
  const steps = flowSteps(facts).map((step) => {
    const screens = [...screensOfStep[step]] as IncidentScreen[];
    const state: StepState = step === currentStep ? 'current' : screens.every((s) => completed.includes(s)) ? 'done' : 'todo';
    return { step, state, firstScreen: screens[0]! };
  });
  const inStep = [...screensOfStep[currentStep]] as IncidentScreen[];
  return {
    steps,
    stepNumber: Math.max(1, steps.findIndex((s) => s.step === currentStep) + 1),
    stepCount: steps.length,
    screenNumber: inStep.indexOf(current) + 1,
    screensInStep: inStep.length,
  };
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
  switch (screen) {
    case 'pause':
      need(answers.pause.outcome === null, 'outcome');
      break;
    case 'happened.who':
      need(h.clientId === null, 'clientId');
      break;
    case 'happened.what':
      need(blank(h.description), 'description');
      need(h.happenedOn === null, 'happenedOn');
      break;
    case 'happened.dates':
      need(h.reportedOn === null, 'reportedOn');
      break;
    case 'happened.spotted':
      need(h.spottedBy === null, 'spottedBy');
      break;
    case 'happened.impact':
      need(h.impacts.length === 0, 'impacts');
      break;
    case 'happened.severity':
      need(h.severity === null, 'severity');
      break;
    case 'happened.ongoing':
      need(h.harmOngoing === null, 'harmOngoing');
      break;
    case 'paperTrail': {
      const t = answers.paperTrail;
      need(t.verdict === null, 'verdict');
      need(t.verdict === 'as-instructed' && context.hasInstructionCandidates && t.instructionEntryId === null, 'instructionEntryId');
      break;
    }
    case 'remedy':
      need(answers.remedy.invoice === null, 'invoice');
      need(answers.paperTrail.verdict === 'as-instructed' && answers.remedy.offer === null, 'offer');
      break;
    case 'fixOrAsk.questions': {
      const f = answers.fixOrAsk;
      need(f.withinBrief === null, 'withinBrief');
      need(f.reversible === null, 'reversible');
      need(f.needsClientDecision === null, 'needsClientDecision');
      need(f.clientAlreadyAffected === null, 'clientAlreadyAffected');
      break;
    }
    case 'fixOrAsk.choice': {
      const f = answers.fixOrAsk;
      need(f.choice === null, 'choice');
      const recommended = fixOrAskRecommendation(answers);
      need(f.choice !== null && recommended !== null && f.choice !== recommended && blank(f.reason), 'reason');
      break;
    }
    case 'talk.feelings':
      need(answers.talk.clientUpset === null, 'clientUpset');
      need(answers.talk.vaUpset === null, 'vaUpset');
      break;
    case 'talk.plan':
      need(answers.talk.channel === null, 'channel');
      break;
    case 'close.resolution':
      need(blank(answers.close.resolution), 'resolution');
      break;
    case 'close.cause':
      need(answers.close.cause === null, 'cause');
      need(answers.close.cause === 'other' && blank(answers.close.causeDetail), 'causeDetail');
      break;
    case 'close.lesson':
      need(blank(answers.close.lesson), 'lesson');
      break;
    case 'contain':
    case 'apologise':
    case 'fix':
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
