// Tests for the fix-or-ask recommendation across all sixteen combinations of answers.
import { describe, expect, it } from 'vitest';
import { FIX_OR_ASK_REASONS, recommendFixOrAsk, type FixOrAskAnswers } from '../../../../shared/domain/fixOrAsk';

const combinations: FixOrAskAnswers[] = [];
for (const withinBrief of [true, false]) {
  for (const reversible of [true, false]) {
    for (const needsClientDecision of [true, false]) {
      for (const clientAlreadyAffected of [true, false]) {
        combinations.push({ withinBrief, reversible, needsClientDecision, clientAlreadyAffected });
      }
    }
  }
}

const safe: FixOrAskAnswers = {
  withinBrief: true,
  reversible: true,
  needsClientDecision: false,
  clientAlreadyAffected: false,
};

describe('recommendFixOrAsk', () => {
  it('has sixteen distinct combinations to check', () => {
    expect(new Set(combinations.map((c) => JSON.stringify(c))).size).toBe(16);
  });

  it.each(combinations)('%o', (answers) => {
    const result = recommendFixOrAsk(answers);
    const failing = [
      !answers.withinBrief && FIX_OR_ASK_REASONS.withinBrief.needsAsk,
      !answers.reversible && FIX_OR_ASK_REASONS.reversible.needsAsk,
      answers.needsClientDecision && FIX_OR_ASK_REASONS.needsClientDecision.needsAsk,
      answers.clientAlreadyAffected && FIX_OR_ASK_REASONS.clientAlreadyAffected.needsAsk,
    ].filter((reason): reason is string => typeof reason === 'string');

    if (failing.length === 0) {
      expect(result.recommendation).toBe('fix-then-inform');
      expect(result.reasons).toHaveLength(4);
    } else {
      expect(result.recommendation).toBe('inform-and-ask');
      // One reason per failing condition, in the order of the questions.
      expect(result.reasons).toEqual(failing);
    }
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) {
      expect(reason).toMatch(/^[A-Z].*\.$/);
      expect(reason).not.toContain('!');
    }
  });

  it('recommends fixing first in exactly one of the sixteen cases', () => {
    const fixes = combinations.filter((c) => recommendFixOrAsk(c).recommendation === 'fix-then-inform');
    expect(fixes).toEqual([safe]);
  });

  it('explains a safe fix factor by factor', () => {
    expect(recommendFixOrAsk(safe)).toEqual({
      recommendation: 'fix-then-inform',
      reasons: [
        FIX_OR_ASK_REASONS.withinBrief.supportsFix,
        FIX_OR_ASK_REASONS.reversible.supportsFix,
        FIX_OR_ASK_REASONS.needsClientDecision.supportsFix,
        FIX_OR_ASK_REASONS.clientAlreadyAffected.supportsFix,
      ],
    });
  });

  it.each([
    ['withinBrief', { ...safe, withinBrief: false }],
    ['reversible', { ...safe, reversible: false }],
    ['needsClientDecision', { ...safe, needsClientDecision: true }],
    ['clientAlreadyAffected', { ...safe, clientAlreadyAffected: true }],
  ] as const)('a single doubt about %s is enough to ask, with one reason', (factor, answers) => {
    expect(recommendFixOrAsk(answers)).toEqual({
      recommendation: 'inform-and-ask',
      reasons: [FIX_OR_ASK_REASONS[factor].needsAsk],
    });
  });

  it('gives four reasons when every answer points to asking', () => {
    const result = recommendFixOrAsk({
      withinBrief: false,
      reversible: false,
      needsClientDecision: true,
      clientAlreadyAffected: true,
    });
    expect(result.recommendation).toBe('inform-and-ask');
    expect(result.reasons).toHaveLength(4);
  });

  it('gives distinct wording for every reason', () => {
    const all = Object.values(FIX_OR_ASK_REASONS).flatMap((r) => [r.supportsFix, r.needsAsk]);
    expect(new Set(all).size).toBe(8);
  });

  it('rejects a missing answer rather than guessing', () => {
    const partial = { withinBrief: true, reversible: true, needsClientDecision: false } as FixOrAskAnswers;
    expect(() => recommendFixOrAsk(partial)).toThrow(/clientAlreadyAffected/);
  });

  it('returns a fresh reasons array each time', () => {
    const first = recommendFixOrAsk(safe);
    first.reasons.push('changed');
    expect(recommendFixOrAsk(safe).reasons).toHaveLength(4);
  });
});
