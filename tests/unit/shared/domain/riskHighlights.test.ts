// Highlighting risk flags in text, and the retype check for amounts.
import { describe, expect, it } from 'vitest';
import { amountsToCheck, figureCheckMessage, formatFigure, isChecked } from '../../../../shared/domain/figureReentry';
import { flagKinds, segmentByFlags, summariseFlags } from '../../../../shared/domain/riskHighlights';
import { compareFigures, detectRiskFlags, RISK_FLAG_KINDS, type RiskFlagKind } from '../../../../shared/domain/riskFlags';

const flag = (kind: RiskFlagKind, start: number, end: number) => ({ kind, start, end });

describe('segmentByFlags', () => {
  it('gives plain text one plain piece, and empty text none', () => {
    expect(segmentByFlags('Nothing risky', [])).toEqual([{ text: 'Nothing risky', start: 0, end: 13, kinds: [] }]);
    expect(segmentByFlags('', [flag('bulk', 0, 3)])).toEqual([]);
  });

  it('cuts around one flag', () => {
    expect(segmentByFlags('Please delete it', [flag('destructive', 7, 13)]).map((s) => [s.text, s.kinds])).toEqual([
      ['Please ', []],
      ['delete', ['destructive']],
      [' it', []],
    ]);
  });

  it('keeps both kinds where flags overlap, in the standard order', () => {
    const segments = segmentByFlags('Cancel the subscription', [flag('irreversible', 0, 6), flag('destructive', 0, 23)]);
    expect(segments.map((s) => [s.text, s.kinds])).toEqual([
      ['Cancel', ['destructive', 'irreversible']],
      [' the subscription', ['destructive']],
    ]);
  });

  it('clamps offsets outside the text and drops empty flags', () => {
    expect(segmentByFlags('abc', [flag('bulk', -5, 1), flag('money', 2, 99), flag('access', 1, 1)]).map((s) => [s.text, s.kinds])).toEqual([
      ['a', ['bulk']],
      ['b', []],
      ['c', ['money']],
    ]);
  });

  it('joins touching flags of the same kind into one mark', () => {
    expect(segmentByFlags('allevery', [flag('bulk', 0, 3), flag('bulk', 3, 8)])).toEqual([{ text: 'allevery', start: 0, end: 8, kinds: ['bulk'] }]);
  });

  it('always rebuilds the text exactly, for real flags on many sentences', () => {
    const texts = [
      'Delete the Newsletters label and all 6,000 emails in it',
      'Please book the £8,000 invoice and send it to every customer on the mailing list',
      '😀 Share the admin password, then remove everything and pay €72,000.50',
      'Hi all, nothing to do today.',
      '',
      'Transfer $1.2k to the supplier and 80,000 EUR to payroll, plus 8k',
    ];
    for (const text of texts) {
      const flags = detectRiskFlags(text);
      const segments = segmentByFlags(text, flags);
      expect(segments.map((s) => s.text).join('')).toBe(text);
      for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (let i = 1; i < segments.length; i += 1) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
      for (const f of flags) {
        const covering = segments.filter((s) => s.start < f.end && s.end > f.start);
        expect(covering.every((s) => s.kinds.includes(f.kind))).toBe(true);
      }
    }
  });
});

describe('summariseFlags', () => {
  it('lists each kind once, in order of first appearance, with its phrases once each', () => {
    const flags = detectRiskFlags('Delete all the emails. Then delete ALL the drafts and pay £50.');
    const summary = summariseFlags(flags);
    expect(summary.map((s) => s.kind)).toEqual(['destructive', 'bulk', 'money']);
    expect(summary[0]!.phrases).toEqual(['Delete']);
    expect(summary[1]!.phrases).toEqual(['all']);
    expect(summary.every((s) => s.advice.length > 20)).toBe(true);
  });

  it('is empty for plain text', () => {
    expect(summariseFlags(detectRiskFlags('Good morning, how are you?'))).toEqual([]);
    expect(flagKinds([])).toEqual([]);
  });

  it('names the distinct kinds in the standard order', () => {
    expect(flagKinds([{ kind: 'money' }, { kind: 'bulk' }, { kind: 'money' }])).toEqual(['bulk', 'money']);
    expect(flagKinds(RISK_FLAG_KINDS.map((kind) => ({ kind })))).toEqual([...RISK_FLAG_KINDS]);
  });
});

describe('amountsToCheck', () => {
  it('asks once per amount, wherever it appears', () => {
    const amounts = amountsToCheck([
      { label: 'What was asked', text: 'Book the £8,000 invoice and refund £250' },
      { label: 'Paper trail', text: 'Yes the invoice is 8k, thanks' },
    ]);
    expect(amounts).toEqual([
      { value: 8000, phrase: '£8,000', sources: ['What was asked', 'Paper trail'] },
      { value: 250, phrase: '£250', sources: ['What was asked'] },
    ]);
  });

  it('finds nothing in text with no money', () => {
    expect(amountsToCheck([{ label: 'x', text: 'Delete the 6,000 emails' }])).toEqual([]);
    expect(amountsToCheck([])).toEqual([]);
  });

  it('remembers which amounts were retyped correctly', () => {
    expect(isChecked({ value: 8000 }, [{ value: 8000 }])).toBe(true);
    expect(isChecked({ value: 80000 }, [{ value: 8000 }])).toBe(false);
  });
});

describe('figureCheckMessage', () => {
  const check = (brief: string, retyped: string) => figureCheckMessage(brief, retyped, compareFigures(brief, retyped));

  it.each([
    ['£8,000', '8000'],
    ['£8,000', '8k'],
    ['£8,000', '£8,000.00'],
    ['€1.234,50', '1234.50'],
    ['$1.2k', '1,200'],
  ])('accepts %s retyped as %s', (brief, retyped) => {
    expect(check(brief, retyped)).toEqual({ ok: true, message: `Matches: ${brief}.` });
  });

  it('names both figures and the slipped zero, loudly and specifically', () => {
    expect(check('£8,000', '80,000')).toEqual({
      ok: false,
      message: 'These do not match. The brief says £8,000 (8,000), but you typed 80,000. That is 10 times as much: check the number of zeros.',
    });
    expect(check('£8,000', '800').message).toContain('That is a tenth of it');
    expect(check('£8,000', '8').message).toContain('That is a thousandth of it');
    expect(check('8k', '8m').message).toContain('1,000 times as much');
  });

  it('says so without guessing when the difference is not a power of ten', () => {
    const result = check('£8,000', '8,500');
    expect(result.ok).toBe(false);
    expect(result.message).toBe('These do not match. The brief says £8,000 (8,000), but you typed 8,500. Check the original before you book or pay anything.');
    expect(check('£8,000', '-8000').message).toContain('Check the original');
  });

  it('points out a different currency', () => {
    expect(check('£8,000', '€8,000').message).toContain('the currency does not');
  });

  it('asks for a figure when the retyped text is not one', () => {
    expect(check('£8,000', '').message).toBe('Type the amount as you read it.');
    expect(check('£8,000', 'eight thousand').message).toContain('does not read as an amount');
  });

  it('never shouts', () => {
    for (const [a, b] of [
      ['£8,000', '80,000'],
      ['£1', 'x'],
      ['£5', '£5'],
    ])
      expect(check(a!, b!).message).not.toContain('!');
  });

  it('formats figures the UK way', () => {
    expect(formatFigure(80000)).toBe('80,000');
    expect(formatFigure(1234.5)).toBe('1,234.5');
    expect(formatFigure(0.125)).toBe('0.13');
  });
});
