// Containment suggestions, the call recommendation and the call script.
import { describe, expect, it } from 'vitest';
import { CONTAIN_SUGGESTIONS, type ContainKind, containmentSuggestions } from '../../../../shared/domain/incidentContain';
import { CALL_WORDS, callRecommendation, callScript, type CallScriptInput, continueSentence } from '../../../../shared/domain/incidentTalk';
import type { ImpactKind } from '../../../../shared/model/incident';

const kinds = (list: { kind: ContainKind }[]) => [...new Set(list.map((s) => s.kind))];

describe('containmentSuggestions', () => {
  it('asks finance or the bank to halt the payment first when money is at stake', () => {
    const { suggested } = containmentSuggestions({ impacts: ['money'], description: 'Paid £80,000 instead of £8,000 to the supplier.' });
    expect(suggested[0]?.label).toBe('Ask finance or the bank to halt the payment now');
    expect(kinds(suggested)).toEqual(['money']);
  });

  it('for data: stop further actions, keep the bin, find the restore window', () => {
    const { suggested } = containmentSuggestions({ impacts: ['data'], description: 'Deleted the Newsletters label and the 6,000 emails in it.' });
    expect(suggested.map((s) => s.id)).toEqual(['data-stop', 'data-bin', 'data-window']);
  });

  it.each([
    ['The Zapier automation keeps adding duplicate rows', 'automation'],
    ['A workflow rule is moving every invoice to archive', 'automation'],
    ['The scheduled task runs every hour', 'automation'],
    ['The newsletter campaign is still sending to the old list', 'messages'],
    ['The wrong email went out to 300 customers', 'messages'],
    ['I sent the price list to every contact', 'messages'],
  ] as const)('reads “%s” as %s', (description, kind) => {
    expect(kinds(containmentSuggestions({ impacts: [], description }).suggested)).toContain(kind);
  });

  it('does not mistake emails that were deleted for emails being sent', () => {
    expect(kinds(containmentSuggestions({ impacts: ['data'], description: 'Deleted 6,000 emails with the label' }).suggested)).toEqual(['data']);
  });

  it('puts the most urgent kinds first', () => {
    const { suggested } = containmentSuggestions({
      impacts: ['reputation', 'deadline', 'data', 'money'],
      description: 'The automation is sending the wrong invoice',
    });
    expect(kinds(suggested)).toEqual(['money', 'data', 'automation', 'messages', 'deadline', 'reputation']);
  });

  it.each<[ImpactKind[], string]>([
    [[], ''],
    [['other'], 'Something odd happened'],
  ])('falls back to a general pause when nothing specific fits (%j)', (impacts, description) => {
    expect(kinds(containmentSuggestions({ impacts, description }).suggested)).toEqual(['general']);
  });

  it('keeps every other idea available, each exactly once', () => {
    for (const impacts of [[], ['money'], ['data', 'deadline'], ['money', 'data', 'deadline', 'reputation', 'other']] as ImpactKind[][]) {
      const { suggested, more } = containmentSuggestions({ impacts, description: 'the campaign' });
      const all = [...suggested, ...more].map((s) => s.id).sort();
      const expected = Object.values(CONTAIN_SUGGESTIONS)
        .flat()
        .map((s) => s.id)
        .sort();
      expect(all).toEqual(expected);
    }
  });

  it('speaks calmly: no exclamation marks, no blame', () => {
    for (const s of Object.values(CONTAIN_SUGGESTIONS).flat()) {
      expect(`${s.label} ${s.detail}`).not.toMatch(/!|your fault|careless|stupid/i);
    }
  });
});

describe('callRecommendation', () => {
  it.each([
    [1, 1, 'low', false],
    [3, 3, 'medium', false],
    [4, 1, 'low', true],
    [1, 4, 'low', true],
    [5, 5, 'low', true],
    [2, 2, 'high', true],
    [null, null, null, false],
    [null, null, 'high', true],
    [4, null, null, true],
  ] as const)('client %s, VA %s, severity %s → call %s', (clientUpset, vaUpset, severity, recommended) => {
    expect(callRecommendation({ clientUpset, vaUpset, severity }).recommended).toBe(recommended);
  });

  it('gives one reason per cause', () => {
    const r = callRecommendation({ clientUpset: 4, vaUpset: 5, severity: 'high' });
    expect(r.reasons).toEqual([CALL_WORDS.clientUpset(4), CALL_WORDS.vaUpset(5), CALL_WORDS.severity]);
  });

  it('says writing is fine when no call is needed', () => {
    expect(callRecommendation({ clientUpset: 2, vaUpset: 3, severity: 'medium' }).reasons).toEqual([CALL_WORDS.writingIsFine]);
  });
});

describe('callScript', () => {
  const base: CallScriptInput = {
    verdict: 'my-error',
    remedy: 'free-fix',
    workName: 'Inbox tidy',
    description: 'I deleted the Newsletters label and the emails in it',
    done: ['Stopped further actions on the data', 'Restored the emails from the bin'],
    toDo: ['Re-create the label', 'Re-apply the filter'],
    lesson: 'I will check what a bulk action deletes before I run it',
  };

  it('has the six beats in order', () => {
    expect(callScript(base).map((b) => b.id)).toEqual(['own-it', 'what-happened', 'done-already', 'next-and-when', 'prevent', 'ask']);
  });

  it('owns it in one sentence and names the work', () => {
    const own = callScript(base)[0]!.say;
    expect(own).toBe('I made a mistake with “Inbox tidy”, and I am sorry.');
    expect(own.match(/[.?]/g)).toHaveLength(1);
  });

  it('builds the middle from the incident', () => {
    const [, what, done, next, prevent, ask] = callScript(base);
    expect(what!.say).toBe('I deleted the Newsletters label and the emails in it.');
    expect(done!.say).toBe('I have stopped further actions on the data. I have restored the emails from the bin.');
    expect(next!.say).toContain('Still to do: Re-create the label; Re-apply the filter. Done by [a time you can keep].');
    expect(next!.say).toContain('This is covered by our agreement, so there is no charge');
    expect(prevent!.say).toBe('To stop it happening again, I will check what a bulk action deletes before I run it.');
    expect(ask!.say).toBe('How would you like me to proceed?');
  });

  it('says what is done in the past tense, to the client, without doubled full stops', () => {
    const s = callScript({ ...base, done: ['Paused it.', ' Called the bank ', '', 'Told finance;'] })[2]!.say;
    expect(s).toBe('I have paused it. I have called the bank. I have told finance.');
  });

  it.each([
    ['Always check the label', 'always check the label'],
    ['I will ask first', 'I will ask first'],
    ['VAT goes on the total', 'VAT goes on the total'],
  ])('continues a sentence with “%s” as “%s”', (lesson, expected) => {
    expect(continueSentence(lesson)).toBe(expected);
  });

  it('gives prompts where the incident has nothing yet', () => {
    const s = callScript({ ...base, workName: null, description: ' ', done: [], toDo: [], lesson: '', remedy: null });
    expect(s[0]!.say).toBe('I made a mistake with the work, and I am sorry.');
    expect(s[1]!.say).toMatch(/^Say plainly/);
    expect(s[2]!.say).toMatch(/^Say what you have already done/);
    expect(s[3]!.say).toBe('Next I will [the fix], by [a time you can keep].');
    expect(s[4]!.say).toMatch(/^Say one concrete change/);
  });

  it.each([
    ['as-instructed', /looked back at what was asked/],
    ['beyond-spec', /make sure we get this right/],
    ['unclear-brief', /misunderstanding/],
    [null, /I made a mistake/],
  ] as const)('opens to fit the verdict %s', (verdict, pattern) => {
    expect(callScript({ ...base, verdict })[0]!.say).toMatch(pattern);
  });

  it('mentions a quote before starting for a billable change', () => {
    expect(callScript({ ...base, verdict: 'beyond-spec', remedy: 'billable-change' })[3]!.say).toContain('quote before I start');
  });

  it('never blames the client and never shouts', () => {
    for (const verdict of ['my-error', 'as-instructed', 'unclear-brief', 'beyond-spec'] as const) {
      for (const beat of callScript({ ...base, verdict })) expect(beat.say).not.toMatch(/!|you should have|your fault/i);
    }
  });
});
