// Which tone rules apply where, the summary line under the editor, and the call script's beats.
import { describe, expect, it } from 'vitest';
import { checkApologyTone } from '../../../../../shared/domain/apologyTone';
import { CALL_BEATS, callScriptText, fillCallScript } from '../../../../../shared/domain/templates/callScript';
import { toneOptionsFor, toneSummary } from '../../../../../shared/domain/templates/toneOptions';

describe('toneOptionsFor', () => {
  it('applies every rule to apologies, and the channel the checker knows', () => {
    expect(toneOptionsFor('email', 'missed-deadline')).toEqual({ disabledRules: [], channel: 'email' });
    expect(toneOptionsFor('phone', 'late-reply')).toEqual({ disabledRules: [], channel: 'phone' });
    // A voicemail is one-way, so the time must be said: checked like a written message.
    expect(toneOptionsFor('voicemail', 'lost-data')).toEqual({ disabledRules: [] });
  });

  it('drops only the apology-shape rules for the messages that are not apologies', () => {
    for (const situation of ['beyond-spec', 'done-as-instructed'] as const) {
      expect(toneOptionsFor('chat', situation, ['hedging.just'])).toEqual({
        disabledRules: ['hedging.just', 'missing-ownership', 'missing-fix', 'missing-timeline'],
        channel: 'chat',
      });
    }
  });

  it('still catches blame and free work in the messages that are not apologies', () => {
    const blame = checkApologyTone(
      'Hi Ada, but your email said to send it to everyone. I can resend it by 3pm today.',
      toneOptionsFor('email', 'done-as-instructed'),
    );
    expect(blame.map((f) => f.category)).toEqual(['blame-shifting']);
    const free = checkApologyTone('Happy to help with the booking system, no charge this month.', toneOptionsFor('chat', 'beyond-spec'));
    expect(free.map((f) => f.category)).toEqual(['overcompensation']);
  });
});

describe('toneSummary', () => {
  const summary = (text: string, situation: Parameters<typeof toneSummary>[2], gaps = 0) =>
    toneSummary(text, checkApologyTone(text, toneOptionsFor('email', situation)), situation, gaps);

  it('uses the checker’s summary for an apology', () => {
    const clean = "I'm sorry, I sent the report to the wrong client. That was my mistake. I will send yours by 3pm today.";
    expect(summary(clean, 'wrong-recipient')).toBe('1 apology — good. Clear and complete.');
    expect(summary(`${clean} I was swamped and my laptop crashed.`, 'wrong-recipient')).toBe('1 apology — good. 2 excuses.');
  });

  it('does not ask for an apology where none is needed', () => {
    const notice = 'Thank you for asking. It is outside what we agreed, so it is a change: about 4 hours at £35 an hour. I will have it done by Friday.';
    expect(summary(notice, 'beyond-spec')).toBe('Clear and calm.');
    expect(summary(`Sorry, ${notice}`, 'beyond-spec')).toBe('No apology is needed here.');
    expect(summary(`${notice} No charge this month.`, 'beyond-spec')).toBe('1 offer that overcompensates.');
  });

  it('counts gaps, and never calls a message with gaps complete', () => {
    const clean = "I'm sorry, I sent the report to the wrong client. That was my mistake. I will send yours by 3pm today.";
    expect(summary(clean, 'wrong-recipient', 2)).toBe('1 apology — good. 2 gaps to fill in.');
    expect(summary('Thanks, it is a change to the work.', 'beyond-spec', 1)).toBe('1 gap to fill in.');
    expect(toneSummary('', [], 'late-reply')).toBe('Nothing to check yet.');
  });
});

describe('the call script', () => {
  it('has the six beats in order', () => {
    expect(CALL_BEATS.map((b) => b.id)).toEqual(['own-it', 'what-happened', 'already-done', 'next-and-when', 'prevention', 'ask']);
  });

  it('fills each beat from the incident, and is clean under the phone rules', () => {
    const beats = fillCallScript({
      'brief.title': 'the board pack',
      'incident.what': 'I attached last quarter’s figures instead of this quarter’s',
      'incident.done': 'asked the board secretary to hold the pack',
      'fix.action': 'send the corrected pack',
      'fix.by': '11am tomorrow',
      prevention: 'check the date on every attachment before sending',
    });
    expect(beats['next-and-when']).toBe('I will send the corrected pack by 11am tomorrow.');
    expect(checkApologyTone(callScriptText(beats), toneOptionsFor('phone'))).toEqual([]);
  });

  it('leaves visible gaps in a blank script', () => {
    const beats = fillCallScript({});
    expect(beats['already-done']).toBe('I have already [what you have already done].');
    expect(callScriptText(beats)).not.toContain('{{');
  });
});
