// The one-line tone summary shown under the message, built from the findings and the apology count.
import { countApologies } from './apologies';
import type { ToneCategory, ToneFinding } from './types';
import { plural } from '../plural';

/** A short, calm summary such as "1 apology — good. 2 excuses. No timeline yet." */
export function summariseTone(text: string, findings: ToneFinding[], options: { expectApology?: boolean } = {}): string {
  const expectApology = options.expectApology ?? true;
  if (text.trim() === '') return 'Nothing to check yet.';
  const count = (category: ToneCategory): number => findings.filter((f) => f.category === category).length;
  const has = (category: ToneCategory): boolean => count(category) > 0;
  const parts: string[] = [];

  const apologies = countApologies(text);
  const intensified = findings.some((f) => f.ruleId === 'over-apology.intensified');
  if (!expectApology) {
    if (apologies > 0)
      parts.push(
        apologies === 1 ? '1 apology, though there is nothing to apologise for.' : `${apologies} apologies, though there is nothing to apologise for.`,
      );
  } else if (apologies === 0) parts.push('No apology yet.');
  else if (apologies === 1) parts.push(intensified ? '1 apology, but intensified — keep it plain.' : '1 apology — good.');
  else parts.push(has('over-apology') ? `${apologies} apologies — one is enough.` : `${apologies} apologies.`);

  const phraseCounts: [ToneCategory, string, string][] = [
    ['excuse', 'excuse', 'excuses'],
    ['self-blame', 'harsh word about yourself', 'harsh words about yourself'],
    ['overcompensation', 'offer that overcompensates', 'offers that overcompensate'],
    ['blame-shifting', 'phrase that blames the client', 'phrases that blame the client'],
    ['hedging', 'hedge', 'hedges'],
    ['vague-timeline', 'vague time', 'vague times'],
  ];
  for (const [category, one, many] of phraseCounts) {
    const n = count(category);
    if (n > 0) parts.push(`${plural(n, one, many)}.`);
  }
  if (has('missing-ownership')) parts.push('Ownership not stated yet.');
  if (has('missing-fix')) parts.push('No fix described yet.');
  if (has('missing-timeline')) parts.push('No timeline yet.');
  const gaps = count('unfinished');
  if (gaps > 0) parts.push(`${plural(gaps, 'gap', 'gaps')} in [brackets] to fill.`);
  if (findings.length === 0 && (expectApology ? apologies === 1 : apologies === 0)) parts.push('Clear and complete.');
  return parts.join(' ');
}
