// The incident flow's order, navigation, progress and what each page needs before moving on.
import { describe, expect, it } from 'vitest';
import {
  canVisit,
  firstUnanswered,
  fixOrAskRecommendation,
  flowProgress,
  flowScreens,
  flowSteps,
  nextScreen,
  previousScreen,
  SCREEN_PROBLEMS,
  screenProblems,
  type FlowFacts,
} from '../../../../shared/domain/incidentFlow';
import { emptyAnswers, type IncidentAnswers, type IncidentScreen, incidentScreens, type SpottedBy } from '../../../../shared/model/incident';

const facts = (spottedBy: SpottedBy | null, harmOngoing: boolean | null): FlowFacts => ({ spottedBy, harmOngoing });
const TAIL = ['talk', 'apologise', 'fix', 'close'];

describe('flowSteps', () => {
  const table: [SpottedBy | null, boolean | null, string[]][] = [
    ['client', false, ['pause', 'happened', 'paperTrail', 'remedy', ...TAIL]],
    ['client', true, ['pause', 'happened', 'contain', 'paperTrail', 'remedy', ...TAIL]],
    ['client', null, ['pause', 'happened', 'paperTrail', 'remedy', ...TAIL]],
    ['me', false, ['pause', 'happened', 'fixOrAsk', 'paperTrail', 'remedy', ...TAIL]],
    ['me', true, ['pause', 'happened', 'contain', 'fixOrAsk', 'paperTrail', 'remedy', ...TAIL]],
    ['me', null, ['pause', 'happened', 'fixOrAsk', 'paperTrail', 'remedy', ...TAIL]],
    ['someone-else', false, ['pause', 'happened', 'paperTrail', 'remedy', ...TAIL]],
    ['someone-else', true, ['pause', 'happened', 'contain', 'paperTrail', 'remedy', ...TAIL]],
    [null, null, ['pause', 'happened', 'paperTrail', 'remedy', ...TAIL]],
    [null, true, ['pause', 'happened', 'contain', 'paperTrail', 'remedy', ...TAIL]],
  ];
  it.each(table)('spotted by %s, harm ongoing %s', (spottedBy, ongoing, expected) => {
    expect(flowSteps(facts(spottedBy, ongoing))).toEqual(expected);
  });

  it('always starts with pause and what happened, and ends with close', () => {
    for (const [s, o] of table) {
      const steps = flowSteps(facts(s, o));
      expect(steps.slice(0, 2)).toEqual(['pause', 'happened']);
      expect(steps.at(-1)).toBe('close');
    }
  });

  it('puts the paper-trail check first after containment when the client spotted it', () => {
    const steps = flowSteps(facts('client', true));
    expect(steps.indexOf('paperTrail')).toBe(steps.indexOf('contain') + 1);
    expect(flowSteps(facts('client', false)).indexOf('paperTrail')).toBe(2);
  });

  it('asks fix-or-ask only when the VA spotted it, before the paper trail', () => {
    expect(flowSteps(facts('client', false))).not.toContain('fixOrAsk');
    expect(flowSteps(facts('someone-else', true))).not.toContain('fixOrAsk');
    const mine = flowSteps(facts('me', false));
    expect(mine.indexOf('fixOrAsk')).toBeLessThan(mine.indexOf('paperTrail'));
  });

  it('shows containment only when harm is still happening', () => {
    expect(flowSteps(facts('me', false))).not.toContain('contain');
    expect(flowSteps(facts('me', null))).not.toContain('contain');
    expect(flowSteps(facts('me', true))).toContain('contain');
  });

  it('never repeats a step', () => {
    for (const [s, o] of table) {
      const steps = flowSteps(facts(s, o));
      expect(new Set(steps).size).toBe(steps.length);
    }
  });
});

describe('flowScreens', () => {
  it('has one page per question, 17 without containment or fix-or-ask', () => {
    expect(flowScreens(facts('client', false))).toHaveLength(17);
    expect(flowScreens(facts('me', true))).toHaveLength(20);
  });

  it('uses only known pages', () => {
    for (const s of flowScreens(facts('me', true))) expect(incidentScreens).toContain(s);
  });

  it('asks the seven questions of what happened in order', () => {
    expect(flowScreens(facts(null, null)).slice(1, 8)).toEqual([
      'happened.who',
      'happened.what',
      'happened.dates',
      'happened.spotted',
      'happened.impact',
      'happened.severity',
      'happened.ongoing',
    ]);
  });
});

describe('nextScreen and previousScreen', () => {
  it.each([facts('client', false), facts('me', true), facts('someone-else', true), facts(null, null)])('walk the flow both ways (%j)', (f) => {
    const screens = flowScreens(f);
    const forward: IncidentScreen[] = [screens[0]!];
    for (let s = nextScreen(f, screens[0]!); s !== null; s = nextScreen(f, s)) forward.push(s);
    expect(forward).toEqual(screens);
    const backward: IncidentScreen[] = [screens.at(-1)!];
    for (let s = previousScreen(f, screens.at(-1)!); s !== null; s = previousScreen(f, s)) backward.unshift(s);
    expect(backward).toEqual(screens);
  });

  it('has nothing before the pause and nothing after the last page', () => {
    expect(previousScreen(facts('me', true), 'pause')).toBeNull();
    expect(nextScreen(facts('me', true), 'close.lesson')).toBeNull();
  });

  it('goes from "is harm still happening" to containment only when it is', () => {
    expect(nextScreen(facts('client', true), 'happened.ongoing')).toBe('contain');
    expect(nextScreen(facts('client', false), 'happened.ongoing')).toBe('paperTrail');
    expect(nextScreen(facts('me', false), 'happened.ongoing')).toBe('fixOrAsk.questions');
  });

  it('finds the way on from a page that no longer applies', () => {
    expect(nextScreen(facts('client', false), 'contain')).toBe('paperTrail');
    expect(previousScreen(facts('client', false), 'contain')).toBe('happened.ongoing');
    expect(nextScreen(facts('client', false), 'fixOrAsk.choice')).toBe('paperTrail');
    expect(previousScreen(facts('client', true), 'fixOrAsk.questions')).toBe('contain');
  });

  it('steps back from the paper trail to containment, or to fix-or-ask when the VA spotted it', () => {
    expect(previousScreen(facts('client', true), 'paperTrail')).toBe('contain');
    expect(previousScreen(facts('me', true), 'paperTrail')).toBe('fixOrAsk.choice');
    expect(previousScreen(facts('me', true), 'fixOrAsk.questions')).toBe('contain');
  });
});

describe('canVisit and firstUnanswered', () => {
  const f = facts('client', false);
  it('allows answered pages and the next unanswered one, nothing further', () => {
    const done: IncidentScreen[] = ['pause', 'happened.who', 'happened.what'];
    expect(firstUnanswered(f, done)).toBe('happened.dates');
    expect(canVisit(f, done, 'pause')).toBe(true);
    expect(canVisit(f, done, 'happened.what')).toBe(true);
    expect(canVisit(f, done, 'happened.dates')).toBe(true);
    expect(canVisit(f, done, 'happened.spotted')).toBe(false);
    expect(canVisit(f, done, 'close.lesson')).toBe(false);
  });

  it('refuses a page that does not apply, even if it was answered before', () => {
    expect(canVisit(f, ['pause', 'contain'], 'contain')).toBe(false);
    expect(canVisit(facts('client', false), ['fixOrAsk.questions'], 'fixOrAsk.questions')).toBe(false);
  });

  it('has nothing unanswered once every page is done', () => {
    expect(firstUnanswered(f, flowScreens(f))).toBeNull();
  });
});

describe('flowProgress', () => {
  it('numbers the step and the page within it', () => {
    const p = flowProgress(facts('client', true), 'happened.dates', ['pause', 'happened.who', 'happened.what']);
    expect(p).toMatchObject({ stepNumber: 2, stepCount: 9, screenNumber: 3, screensInStep: 7 });
    expect(p.steps.map((s) => s.state)).toEqual(['done', 'current', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(p.steps[2]).toEqual({ step: 'contain', state: 'todo', firstScreen: 'contain' });
  });

  it('shows later steps as done after the VA goes back to change an answer', () => {
    const f = facts('client', false);
    const all = flowScreens(f);
    const p = flowProgress(f, 'happened.severity', all.slice(0, 11));
    expect(p.steps.find((s) => s.step === 'paperTrail')?.state).toBe('done');
    expect(p.steps.find((s) => s.step === 'happened')?.state).toBe('current');
    expect(p.steps.find((s) => s.step === 'talk')?.state).toBe('todo');
  });

  it('counts ten steps when every step applies', () => {
    const p = flowProgress(facts('me', true), 'close.cause', []);
    expect(p).toMatchObject({ stepNumber: 10, stepCount: 10, screenNumber: 2, screensInStep: 3 });
  });
});

function answers(patch: (a: IncidentAnswers) => void): IncidentAnswers {
  const a = emptyAnswers();
  patch(a);
  return a;
}
const ctx = { hasInstructionCandidates: true };

describe('screenProblems', () => {
  it.each<[IncidentScreen, string[]]>([
    ['pause', ['outcome']],
    ['happened.who', ['clientId']],
    ['happened.what', ['description', 'happenedOn']],
    ['happened.dates', ['reportedOn']],
    ['happened.spotted', ['spottedBy']],
    ['happened.impact', ['impacts']],
    ['happened.severity', ['severity']],
    ['happened.ongoing', ['harmOngoing']],
    ['contain', []],
    ['paperTrail', ['verdict']],
    ['remedy', ['invoice']],
    ['fixOrAsk.questions', ['withinBrief', 'reversible', 'needsClientDecision', 'clientAlreadyAffected']],
    ['fixOrAsk.choice', ['choice']],
    ['talk.feelings', ['clientUpset', 'vaUpset']],
    ['talk.plan', ['channel']],
    ['apologise', []],
    ['fix', []],
    ['close.resolution', ['resolution']],
    ['close.cause', ['cause']],
    ['close.lesson', ['lesson']],
  ])('%s on empty answers needs %j', (screen, fields) => {
    const problems = screenProblems(screen, emptyAnswers(), ctx);
    expect(Object.keys(problems)).toEqual(fields);
    for (const f of fields) expect(problems[f]).toBe(SCREEN_PROBLEMS[f as keyof typeof SCREEN_PROBLEMS]);
  });

  it('covers every page', () => {
    for (const screen of incidentScreens) expect(() => screenProblems(screen, emptyAnswers(), ctx)).not.toThrow();
  });

  it('treats text of only spaces as empty', () => {
    const a = answers((x) => Object.assign(x.happened, { description: '   \n ', happenedOn: '2026-11-20' }));
    expect(Object.keys(screenProblems('happened.what', a, ctx))).toEqual(['description']);
    const b = answers((x) => (x.close.lesson = '\t'));
    expect(screenProblems('close.lesson', b, ctx)).toHaveProperty('lesson');
  });

  it('is satisfied by complete answers', () => {
    const a = answers((x) => {
      Object.assign(x.happened, { clientId: 'c', description: 'Deleted a label', happenedOn: '2026-11-20', reportedOn: '2026-11-23', spottedBy: 'client', impacts: ['data'], severity: 'high', harmOngoing: false });
      x.paperTrail.verdict = 'my-error';
      x.remedy.invoice = 'keep';
      x.talk = { clientUpset: 4, vaUpset: 2, channel: 'call' };
      Object.assign(x.close, { resolution: 'Restored', cause: 'rushed', lesson: 'Check twice' });
    });
    for (const s of ['happened.who', 'happened.what', 'happened.dates', 'happened.spotted', 'happened.impact', 'happened.severity', 'happened.ongoing', 'paperTrail', 'remedy', 'talk.feelings', 'talk.plan', 'close.resolution', 'close.cause', 'close.lesson'] as const) {
      expect(screenProblems(s, a, ctx), s).toEqual({});
    }
  });

  it('accepts "no, harm is not happening" as an answer', () => {
    expect(screenProblems('happened.ongoing', answers((x) => (x.happened.harmOngoing = false)), ctx)).toEqual({});
  });

  it('asks for the instruction when the verdict is "done as instructed" and there are entries to choose from', () => {
    const a = answers((x) => (x.paperTrail.verdict = 'as-instructed'));
    expect(Object.keys(screenProblems('paperTrail', a, ctx))).toEqual(['instructionEntryId']);
    expect(screenProblems('paperTrail', a, { hasInstructionCandidates: false })).toEqual({});
    a.paperTrail.instructionEntryId = 'e1';
    expect(screenProblems('paperTrail', a, ctx)).toEqual({});
    expect(screenProblems('paperTrail', answers((x) => (x.paperTrail.verdict = 'my-error')), ctx)).toEqual({});
  });

  it('asks how a no-fault change is offered, only for "done as instructed"', () => {
    const a = answers((x) => {
      x.paperTrail.verdict = 'as-instructed';
      x.remedy.invoice = 'keep';
    });
    expect(Object.keys(screenProblems('remedy', a, ctx))).toEqual(['offer']);
    a.remedy.offer = 'goodwill';
    expect(screenProblems('remedy', a, ctx)).toEqual({});
    expect(screenProblems('remedy', answers((x) => Object.assign(x.remedy, { invoice: 'waive' })), ctx)).toEqual({});
  });

  it('asks for a reason only when the VA chooses against the recommendation', () => {
    const base = (choice: 'fix-then-inform' | 'inform-and-ask', reason = '') =>
      answers((x) => Object.assign(x.fixOrAsk, { withinBrief: true, reversible: true, needsClientDecision: false, clientAlreadyAffected: false, choice, reason }));
    expect(screenProblems('fixOrAsk.choice', base('fix-then-inform'), ctx)).toEqual({});
    expect(Object.keys(screenProblems('fixOrAsk.choice', base('inform-and-ask'), ctx))).toEqual(['reason']);
    expect(screenProblems('fixOrAsk.choice', base('inform-and-ask', 'They like to know first'), ctx)).toEqual({});
    expect(screenProblems('fixOrAsk.choice', base('inform-and-ask', '   '), ctx)).toHaveProperty('reason');
  });

  it('asks for detail when the cause is "something else"', () => {
    const a = answers((x) => (x.close.cause = 'other'));
    expect(Object.keys(screenProblems('close.cause', a, ctx))).toEqual(['causeDetail']);
    a.close.causeDetail = 'Two tasks at once';
    expect(screenProblems('close.cause', a, ctx)).toEqual({});
  });

  it('never blames: every message says what to do', () => {
    for (const message of Object.values(SCREEN_PROBLEMS)) {
      expect(message).not.toMatch(/!|wrong|failed|invalid|must/i);
      expect(message).toMatch(/^(Choose|Say|Enter|Write)/);
    }
  });
});

describe('fixOrAskRecommendation', () => {
  it('is null until all four questions are answered', () => {
    expect(fixOrAskRecommendation(answers((x) => Object.assign(x.fixOrAsk, { withinBrief: true, reversible: true, needsClientDecision: false })))).toBeNull();
  });
  it.each([
    [true, true, false, false, 'fix-then-inform'],
    [false, true, false, false, 'inform-and-ask'],
    [true, false, false, false, 'inform-and-ask'],
    [true, true, true, false, 'inform-and-ask'],
    [true, true, false, true, 'inform-and-ask'],
  ] as const)('within %s, reversible %s, decision %s, affected %s → %s', (withinBrief, reversible, needsClientDecision, clientAlreadyAffected, expected) => {
    expect(fixOrAskRecommendation(answers((x) => Object.assign(x.fixOrAsk, { withinBrief, reversible, needsClientDecision, clientAlreadyAffected })))).toBe(expected);
  });
});
