// Tests for choosing a remedy from the verdict and the fix window, and for the words shown with it.
import { describe, expect, it } from 'vitest';
import { decideRemedy, overcompensationWarning, REMEDIES, REMEDY_EXPLANATIONS, VERDICTS, type Remedy, type Verdict } from '../../../../shared/domain/remedy';

describe('decideRemedy', () => {
  const table: Array<[Verdict, boolean, Remedy]> = [
    ['my-error', true, 'free-fix'],
    ['my-error', false, 'goodwill-fix'],
    ['unclear-brief', true, 'free-fix'],
    ['unclear-brief', false, 'goodwill-fix'],
    ['beyond-spec', true, 'billable-change'],
    ['beyond-spec', false, 'billable-change'],
    ['as-instructed', true, 'no-fault'],
    ['as-instructed', false, 'no-fault'],
  ];

  it.each(table)('%s, inside window %s → %s', (verdict, insideWindow, remedy) => {
    const decision = decideRemedy({ verdict, insideWindow });
    expect(decision).toEqual({ remedy, explanation: REMEDY_EXPLANATIONS[remedy] });
  });

  it('covers every verdict and window combination exactly once', () => {
    expect(table).toHaveLength(VERDICTS.length * 2);
    for (const verdict of VERDICTS) {
      for (const insideWindow of [true, false]) {
        expect(table.filter(([v, w]) => v === verdict && w === insideWindow)).toHaveLength(1);
      }
    }
  });

  it('uses every remedy', () => {
    expect(new Set(table.map(([, , remedy]) => remedy))).toEqual(new Set(REMEDIES));
  });

  it('rejects an unknown verdict or a non-boolean window', () => {
    expect(() => decideRemedy({ verdict: 'their-fault' as Verdict, insideWindow: true })).toThrow(/Unknown verdict/);
    expect(() => decideRemedy({ verdict: 'my-error', insideWindow: 'yes' as unknown as boolean })).toThrow(TypeError);
  });
});

describe('remedy explanations', () => {
  it.each(REMEDIES.map((remedy) => [remedy, REMEDY_EXPLANATIONS[remedy]]))('%s: one or two calm sentences', (_remedy, text) => {
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toContain('!');
    const sentences = text.split(/(?<=\.)\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(text.trim().endsWith('.')).toBe(true);
  });

  it('says what each remedy means', () => {
    expect(REMEDY_EXPLANATIONS['free-fix']).toMatch(/no charge/);
    expect(REMEDY_EXPLANATIONS['goodwill-fix']).toMatch(/not obliged/);
    expect(REMEDY_EXPLANATIONS['billable-change']).toMatch(/before you start/);
    expect(REMEDY_EXPLANATIONS['no-fault']).toMatch(/instruction/);
    expect(REMEDY_EXPLANATIONS['no-fault']).toMatch(/billable/);
    expect(REMEDY_EXPLANATIONS['no-fault']).toMatch(/goodwill/);
  });

  it('is frozen so the words cannot be changed at runtime', () => {
    expect(Object.isFrozen(REMEDY_EXPLANATIONS)).toBe(true);
  });
});

describe('overcompensationWarning', () => {
  it('explains the cost, names the professional stance, and leaves the choice with the VA', () => {
    expect(overcompensationWarning).toMatch(/waiv/i);
    expect(overcompensationWarning).toMatch(/refund/i);
    expect(overcompensationWarning).toMatch(/underling/);
    expect(overcompensationWarning).toMatch(/professional/);
    expect(overcompensationWarning).toMatch(/still go ahead/);
    expect(overcompensationWarning).not.toContain('!');
  });
});
