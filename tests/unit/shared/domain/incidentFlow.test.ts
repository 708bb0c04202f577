// The incident flow's order, navigation, progress, recommendations and what each page needs before moving on.
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
  stepsFinishedWith,
  suggestedSeverity,
  withRecommendations,
  type FlowFacts,
} from '../../../../shared/domain/incidentFlow';
import {
  currentPage,
  emptyAnswers,
  flowScreenNames,
  type IncidentAnswers,
  type IncidentScreen,
  incidentScreens,
  legacyScreens,
  type SpottedBy,
} from '../../../../shared/model/incident';

const facts = (spottedBy: SpottedBy | null, harmOngoing: boolean | null): FlowFacts => ({ spottedBy, harmOngoing });
const ctx = { hasInstructionCandidates: true };
const answers = (change: (a: IncidentAnswers) => void = () => undefined) => {
  const a = emptyAnswers();
  change(a);
  return a;
};
const ALL: [SpottedBy | null, boolean | null][] = [
  ['client', false],
  ['client', true],
  ['me', false],
  ['me', true],
  ['someone-else', null],
  [null, null],
];

describe('flowScreens', () => {
  it('asks whether harm is still happening straight after the pause', () => {
    for (const [s, o] of ALL) expect(flowScreens(facts(s, o)).slice(0, 2)).toEqual(['pause', 'happened.ongoing']);
  });

  it('has eight pages when the client spotted it, nine when the VA did (fix first or ask first)', () => {
    expect(flowScreens(facts('client', true))).toEqual([
      'pause',
      'happened.ongoing',
      'happened.what',
      'happened.impact',
      'paperTrail',
      'talk.plan',
      'apologise',
      'close.lesson',
    ]);
    expect(flowScreens(facts('me', true))).toEqual([
      'pause',
      'happened.ongoing',
      'happened.what',
      'happened.impact',
      'fixOrAsk.choice',
      'paperTrail',
      'talk.plan',
      'apologise',
      'close.lesson',
    ]);
    for (const [s, o] of ALL) expect(flowScreens(facts(s, o)).length).toBeLessThanOrEqual(9);
  });

  it('does not change with the harm answer: stopping the harm is on the harm page', () => {
    expect(flowScreens(facts('client', true))).toEqual(flowScreens(facts('client', false)));
    expect(flowSteps(facts('me', true))).toEqual(flowSteps(facts('me', null)));
  });
});

describe('pages of an earlier version', () => {
  it('are read as the page that holds their question now', () => {
    for (const [old, now] of Object.entries(legacyScreens)) {
      expect(currentPage(old as IncidentScreen)).toBe(now);
      expect(flowScreenNames).toContain(now);
    }
    expect(incidentScreens).toEqual(expect.arrayContaining(['happened.who', 'talk.feelings', 'close.cause']));
  });

  it('count as answered, and a stored page resumes where its question now is', () => {
    const completed: IncidentScreen[] = [
      'pause',
      'happened.who',
      'happened.what',
      'happened.dates',
      'happened.spotted',
      'happened.impact',
      'happened.severity',
      'happened.ongoing',
    ];
    expect(firstUnanswered(facts('client', false), completed)).toBe('paperTrail');
    expect(nextScreen(facts('client', false), 'happened.severity')).toBe('paperTrail');
    expect(previousScreen(facts('client', false), 'talk.feelings')).toBe('paperTrail');
  });
});

describe('nextScreen and previousScreen', () => {
  it.each(ALL)('walk the flow both ways (spotted by %s, harm %s)', (s, o) => {
    const f = facts(s, o);
    const screens = flowScreens(f);
    for (let i = 0; i < screens.length - 1; i++) {
      expect(nextScreen(f, screens[i]!)).toBe(screens[i + 1]);
      expect(previousScreen(f, screens[i + 1]!)).toBe(screens[i]);
    }
    expect(previousScreen(f, 'pause')).toBeNull();
    expect(nextScreen(f, 'close.lesson')).toBeNull();
  });

  it('finds the way on from a page that no longer applies', () => {
    expect(nextScreen(facts('client', false), 'fixOrAsk.choice')).toBe('paperTrail');
    expect(previousScreen(facts('client', false), 'fixOrAsk.choice')).toBe('happened.impact');
  });
});

describe('canVisit and firstUnanswered', () => {
  const f = facts('me', false);
  it('allows answered pages and the next unanswered one, nothing further', () => {
    const completed: IncidentScreen[] = ['pause', 'happened.ongoing'];
    expect(canVisit(f, completed, 'happened.ongoing')).toBe(true);
    expect(canVisit(f, completed, 'happened.what')).toBe(true);
    expect(canVisit(f, completed, 'happened.impact')).toBe(false);
    expect(firstUnanswered(f, completed)).toBe('happened.what');
  });

  it('refuses a page that does not apply, even if it was answered before', () => {
    expect(canVisit(facts('client', false), ['pause', 'happened.ongoing', 'happened.what', 'happened.impact', 'fixOrAsk.choice'], 'fixOrAsk.choice')).toBe(
      false,
    );
  });

  it('has nothing unanswered once every page is done', () => {
    expect(firstUnanswered(f, flowScreens(f))).toBeNull();
  });
});

describe('flowProgress', () => {
  it('always counts seven steps, so "Step 2 of 7" never becomes "of 10"', () => {
    for (const [s, o] of ALL) {
      for (const screen of flowScreens(facts(s, o))) expect(flowProgress(facts(s, o), screen, []).stepCount).toBe(7);
    }
    // Before anything is known, and after the VA says they spotted it: the same total.
    expect(flowProgress(facts(null, null), 'pause', []).stepCount).toBe(flowProgress(facts('me', true), 'fixOrAsk.choice', []).stepCount);
  });

  it('numbers the step and the page within it', () => {
    const p = flowProgress(facts('me', true), 'fixOrAsk.choice', []);
    expect(p).toMatchObject({ stepNumber: 4, screenNumber: 1, screensInStep: 2 });
    expect(flowProgress(facts('client', true), 'paperTrail', []).screensInStep).toBe(1);
    expect(flowProgress(facts('client', true), 'happened.impact', []).screenNumber).toBe(2);
  });

  it('shows earlier steps as done and later ones to do', () => {
    const p = flowProgress(facts('client', false), 'paperTrail', ['pause', 'happened.ongoing', 'happened.what', 'happened.impact']);
    expect(p.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'current', 'todo', 'todo', 'todo']);
  });
});

describe('stepsFinishedWith', () => {
  it('finishes the steps without a page of their own with the page that holds them', () => {
    expect(
      stepsFinishedWith(
        'happened.ongoing',
        answers((a) => (a.happened.harmOngoing = true)),
      ),
    ).toEqual(['contain']);
    expect(
      stepsFinishedWith(
        'happened.ongoing',
        answers((a) => (a.happened.harmOngoing = false)),
      ),
    ).toEqual([]);
    expect(stepsFinishedWith('happened.impact', answers())).toEqual(['happened']);
    expect(stepsFinishedWith('paperTrail', answers())).toEqual(['paperTrail', 'remedy']);
    expect(stepsFinishedWith('close.lesson', answers())).toEqual(['fix', 'close']);
  });
});

describe('withRecommendations', () => {
  it('takes the report date as the day it happened unless the VA gave another', () => {
    expect(
      withRecommendations(
        answers((a) => (a.happened.reportedOn = '2026-11-19')),
        'happened.what',
      ).happened.happenedOn,
    ).toBe('2026-11-19');
    const typed = answers((a) => Object.assign(a.happened, { reportedOn: '2026-11-19', happenedOn: '2026-11-18' }));
    expect(withRecommendations(typed, 'happened.what').happened.happenedOn).toBe('2026-11-18');
  });

  it('pre-selects the severity from what it affected', () => {
    expect(suggestedSeverity([])).toBeNull();
    expect(suggestedSeverity(['data'])).toBe('high');
    expect(suggestedSeverity(['deadline', 'other'])).toBe('medium');
    expect(suggestedSeverity(['other'])).toBe('low');
    expect(
      withRecommendations(
        answers((a) => (a.happened.impacts = ['money'])),
        'happened.impact',
      ).happened.severity,
    ).toBe('high');
    expect(
      withRecommendations(
        answers((a) => Object.assign(a.happened, { impacts: ['money'], severity: 'low' })),
        'happened.impact',
      ).happened.severity,
    ).toBe('low');
  });

  it('keeps the invoice, offers the change as billable work, and follows the fix-or-ask recommendation', () => {
    const a = withRecommendations(
      answers((x) => (x.paperTrail.verdict = 'as-instructed')),
      'paperTrail',
    );
    expect(a.remedy).toEqual({ invoice: 'keep', offer: 'billable' });
    expect(
      withRecommendations(
        answers((x) => (x.paperTrail.verdict = 'my-error')),
        'paperTrail',
      ).remedy,
    ).toEqual({ invoice: 'keep', offer: null });
    expect(withRecommendations(answers(), 'paperTrail').remedy.invoice).toBeNull();
    const f = answers((x) => Object.assign(x.fixOrAsk, { withinBrief: true, reversible: false, needsClientDecision: true, clientAlreadyAffected: false }));
    expect(withRecommendations(f, 'fixOrAsk.choice').fixOrAsk.choice).toBe('inform-and-ask');
  });

  it('calls when the severity is high, writes otherwise, and never overrides a choice', () => {
    expect(
      withRecommendations(
        answers((a) => (a.happened.severity = 'high')),
        'talk.plan',
      ).talk.channel,
    ).toBe('call');
    expect(
      withRecommendations(
        answers((a) => (a.happened.severity = 'low')),
        'talk.plan',
      ).talk.channel,
    ).toBe('write');
    expect(
      withRecommendations(
        answers((a) => Object.assign(a.talk, { clientUpset: 5 })),
        'talk.plan',
      ).talk.channel,
    ).toBe('call');
    expect(
      withRecommendations(
        answers((a) => Object.assign(a.happened, { severity: 'high' }) && (a.talk.channel = 'write')),
        'talk.plan',
      ).talk.channel,
    ).toBe('write');
  });

  it('pre-selects the cause the verdict already gives, and only on its own page', () => {
    expect(
      withRecommendations(
        answers((a) => (a.paperTrail.verdict = 'beyond-spec')),
        'close.lesson',
      ).close.cause,
    ).toBe('new-request');
    expect(
      withRecommendations(
        answers((a) => (a.paperTrail.verdict = 'my-error')),
        'close.lesson',
      ).close.cause,
    ).toBeNull();
    expect(
      withRecommendations(
        answers((a) => (a.paperTrail.verdict = 'beyond-spec')),
        'talk.plan',
      ).close.cause,
    ).toBeNull();
  });
});

describe('screenProblems', () => {
  it.each<[IncidentScreen, string[]]>([
    ['pause', ['outcome']],
    ['happened.ongoing', ['harmOngoing']],
    ['happened.what', ['clientId', 'description', 'reportedOn', 'happenedOn']],
    ['happened.impact', ['spottedBy', 'impacts', 'severity']],
    ['paperTrail', ['verdict']],
    ['fixOrAsk.choice', ['withinBrief', 'reversible', 'needsClientDecision', 'clientAlreadyAffected']],
    ['talk.plan', ['channel']],
    ['apologise', []],
    ['close.lesson', ['resolution', 'cause', 'lesson']],
  ])('%s on empty answers needs %j', (screen, fields) => {
    const problems = screenProblems(screen, emptyAnswers(), ctx);
    expect(Object.keys(problems)).toEqual(fields);
    for (const f of fields) expect(problems[f]).toBe(SCREEN_PROBLEMS[f as keyof typeof SCREEN_PROBLEMS]);
  });

  it('covers every page, old names included', () => {
    for (const screen of incidentScreens) expect(() => screenProblems(screen, emptyAnswers(), ctx)).not.toThrow();
  });

  it('asks before accepting a day it happened after the day it was reported', () => {
    const a = answers((x) => Object.assign(x.happened, { clientId: 'c', description: 'Deleted a label', reportedOn: '2026-11-19', happenedOn: '2026-11-20' }));
    expect(Object.keys(screenProblems('happened.what', a, ctx))).toEqual(['happenedAfterReport']);
    a.happened.happenedAfterReport = true;
    expect(screenProblems('happened.what', a, ctx)).toEqual({});
    a.happened.happenedOn = '2026-11-19';
    a.happened.happenedAfterReport = false;
    expect(screenProblems('happened.what', a, ctx)).toEqual({});
  });

  it('treats text of only spaces as empty', () => {
    const a = answers((x) => Object.assign(x.happened, { clientId: 'c', description: '   \n ', happenedOn: '2026-11-20', reportedOn: '2026-11-20' }));
    expect(Object.keys(screenProblems('happened.what', a, ctx))).toEqual(['description']);
  });

  it('asks for the instruction and the invoice once there is a verdict', () => {
    const a = answers((x) => (x.paperTrail.verdict = 'as-instructed'));
    expect(Object.keys(screenProblems('paperTrail', a, ctx))).toEqual(['instructionEntryId', 'invoice', 'offer']);
    const b = withRecommendations(a, 'paperTrail');
    expect(Object.keys(screenProblems('paperTrail', b, ctx))).toEqual(['instructionEntryId']);
    b.paperTrail.instructionEntryId = 'e1';
    expect(screenProblems('paperTrail', b, ctx)).toEqual({});
    expect(screenProblems('paperTrail', b, { hasInstructionCandidates: false })).toEqual({});
  });

  it('asks for a reason only when the VA chooses against the recommendation', () => {
    const base = (choice: 'fix-then-inform' | 'inform-and-ask', reason = '') =>
      answers((x) =>
        Object.assign(x.fixOrAsk, { withinBrief: true, reversible: true, needsClientDecision: false, clientAlreadyAffected: false, choice, reason }),
      );
    expect(screenProblems('fixOrAsk.choice', base('fix-then-inform'), ctx)).toEqual({});
    expect(Object.keys(screenProblems('fixOrAsk.choice', base('inform-and-ask'), ctx))).toEqual(['reason']);
    expect(screenProblems('fixOrAsk.choice', base('inform-and-ask', 'They like to know first'), ctx)).toEqual({});
  });

  it('asks for detail when the cause is "something else"', () => {
    const a = answers((x) => Object.assign(x.close, { resolution: 'Restored', cause: 'other', lesson: 'Check twice' }));
    expect(Object.keys(screenProblems('close.lesson', a, ctx))).toEqual(['causeDetail']);
    a.close.causeDetail = 'Two tasks at once';
    expect(screenProblems('close.lesson', a, ctx)).toEqual({});
  });

  it('never blames: every message says what to do', () => {
    for (const message of Object.values(SCREEN_PROBLEMS)) {
      expect(message).not.toMatch(/!|wrong|failed|invalid|must/i);
      expect(message).toMatch(/^(Choose|Say|Enter|Write|Check)/);
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
    expect(fixOrAskRecommendation(answers((x) => Object.assign(x.fixOrAsk, { withinBrief, reversible, needsClientDecision, clientAlreadyAffected })))).toBe(
      expected,
    );
  });
});
