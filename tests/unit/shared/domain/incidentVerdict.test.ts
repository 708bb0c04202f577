// What the verdict changes: apology or notice, tone rules, call-script headings, the words saved, the document.
import { describe, expect, it } from 'vitest';
import { checkApologyTone, summariseTone } from '../../../../shared/domain/apologyTone';
import { callScript } from '../../../../shared/domain/incidentTalk';
import {
  callScriptTitles,
  isMistake,
  messageKind,
  messageWords,
  recommendedCause,
  sentSourceRef,
  sentTimelineText,
  summaryWords,
  toneCategoriesOff,
} from '../../../../shared/domain/incidentVerdict';
import type { Verdict } from '../../../../shared/domain/remedy';

const NOT_MISTAKES: Verdict[] = ['as-instructed', 'beyond-spec'];
const MISTAKES: (Verdict | null)[] = ['my-error', 'unclear-brief', null];

describe('messageKind and isMistake', () => {
  it('apologises only for a mistake; an unclear brief is a shared one', () => {
    expect(messageKind('my-error')).toBe('apology');
    expect(messageKind(null)).toBe('apology');
    expect(messageKind('unclear-brief')).toBe('shared-apology');
    expect(messageKind('as-instructed')).toBe('instruction-pointer');
    expect(messageKind('beyond-spec')).toBe('change-notice');
    for (const v of NOT_MISTAKES) expect(isMistake(v)).toBe(false);
    for (const v of MISTAKES) expect(isMistake(v)).toBe(true);
  });
});

describe('messageWords', () => {
  it('has no apology step for new work or work done as asked', () => {
    for (const v of NOT_MISTAKES) {
      const w = messageWords(v);
      expect(w.stageName).toBe('Tell the client');
      expect(`${w.heading} ${w.noun}`).not.toMatch(/apolog/i);
    }
    expect(messageWords('beyond-spec').noun).toBe('notice');
    expect(messageWords('as-instructed').noun).toBe('message');
    expect(messageWords('my-error')).toMatchObject({ stageName: 'Apologise', heading: 'Write your apology', noun: 'apology' });
  });

  it('says "notice" or "message" in the paper trail and timeline, not "apology"', () => {
    expect(sentSourceRef('beyond-spec', 'email')).toBe('Sent by you (email): your notice, from an incident');
    expect(sentTimelineText('as-instructed', 'chat')).toBe('Sent the message by chat. It is saved in the client’s paper trail.');
    expect(sentTimelineText('my-error', 'email')).toBe('Sent the apology by email. It is saved in the client’s paper trail.');
  });
});

describe('tone rules by verdict', () => {
  const notice =
    'Hi Priya, thank you for asking for charts in the sales report. They are outside what we agreed, so they would be a change to the work, charged at £35 an hour. I will have them with you by Friday at 3pm if you confirm.';
  it('switches ownership off for a notice, and does not ask for an apology', () => {
    expect(toneCategoriesOff('beyond-spec')).toEqual(['missing-ownership']);
    expect(toneCategoriesOff('my-error')).toEqual([]);
    const plain = checkApologyTone(notice, { channel: 'email' });
    expect(plain.map((f) => f.category)).toContain('missing-ownership');
    const findings = checkApologyTone(notice, { channel: 'email', disabledCategories: toneCategoriesOff('beyond-spec') });
    expect(findings.map((f) => f.category)).not.toContain('missing-ownership');
    const summary = summariseTone(notice, findings, { expectApology: false });
    expect(summary).not.toMatch(/No apology yet|Ownership/);
  });

  it('keeps the other rules on for a notice', () => {
    const findings = checkApologyTone('Hi Priya, I just wanted to say I will do it asap, so so sorry.', {
      channel: 'email',
      disabledCategories: toneCategoriesOff('beyond-spec'),
    });
    expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(['hedging', 'vague-timeline', 'over-apology']));
  });

  it('flags a [gap] until it is filled, and does not call a message with one "clear and complete"', () => {
    const text =
      'Hi Harriet, I’m sorry: I deleted the label. That was my mistake. I have restored the emails, and the label will be back by [a time you can keep].';
    const findings = checkApologyTone(text, { channel: 'email' });
    expect(findings.filter((f) => f.ruleId === 'unfinished.gap')).toHaveLength(1);
    expect(summariseTone(text, findings)).toContain('1 gap in [brackets] to fill.');
    expect(summariseTone(text, findings)).not.toContain('Clear and complete');
    const done = text.replace('[a time you can keep]', '5pm today');
    expect(checkApologyTone(done, { channel: 'email' }).filter((f) => f.ruleId === 'unfinished.gap')).toHaveLength(0);
  });
});

describe('call script headings', () => {
  const input = { remedy: null, workName: 'Monthly sales report', description: '', done: [], toDo: [], lesson: '' };
  it('does not ask the VA to own a mistake they did not make', () => {
    for (const verdict of NOT_MISTAKES) {
      const titles = callScript({ ...input, verdict }).map((b) => b.title);
      expect(titles.join(' ')).not.toMatch(/Own it|won’t happen again/);
    }
    expect(callScriptTitles('beyond-spec').opening).toBe('Thank them for the request');
    expect(callScript({ ...input, verdict: 'my-error' }).map((b) => b.title)).toContain('How it won’t happen again');
  });
});

describe('the client document and the cause', () => {
  it('is titled for what it is', () => {
    expect(summaryWords(messageKind('beyond-spec')).title).toBe('Change request');
    expect(summaryWords(messageKind('as-instructed')).title).toBe('Summary of your request');
    expect(summaryWords(messageKind('my-error')).title).toBe('Incident summary');
    for (const v of NOT_MISTAKES) expect(summaryWords(messageKind(v)).preventionHeading).not.toMatch(/happen again/);
  });

  it('pre-selects the cause the verdict gives', () => {
    expect(recommendedCause('beyond-spec')).toBe('new-request');
    expect(recommendedCause('as-instructed')).toBe('client-instruction');
    expect(recommendedCause('unclear-brief')).toBe('brief-unclear');
    expect(recommendedCause('my-error')).toBeNull();
  });
});
