// Compares a figure in a brief with the one the VA retyped, to the penny and by currency.
import { parseNumberCore, shiftDecimal, suffixExponent } from './decimal';
import { CURRENCY_CODE, CURRENCY_SYMBOL, CURRENCY_WORD } from './patternParts';

export interface FigureComparison {
  match: boolean;
  first: number | null;
  second: number | null;
}

const LEADING_CURRENCY_RE = new RegExp(String.raw`^(?:${CURRENCY_SYMBOL}|(?:${CURRENCY_CODE})(?![A-Za-z]))`, 'i');
const TRAILING_CURRENCY_RE = new RegExp(String.raw`(?:${CURRENCY_SYMBOL}|(?<![A-Za-z])(?:${CURRENCY_CODE}|${CURRENCY_WORD}))$`, 'i');
const TRAILING_SUFFIX_RE = /(?:(?<=\d)\s*(?:k|mn|m|bn)|\s*(?:thousand|million|billion))$/i;

const DOLLAR_CODES = new Set(['USD', 'AUD', 'CAD', 'NZD']);

function currencyCode(token: string): string {
  const t = token.toUpperCase();
  if (t === '£' || t === 'GBP' || t.startsWith('POUND') || t === 'QUID' || t === 'STERLING') return 'GBP';
  if (t === '€' || t === 'EUR' || t.startsWith('EURO')) return 'EUR';
  if (t === '$' || t.startsWith('DOLLAR')) return '$';
  if (t === 'US$') return 'USD';
  if (t === 'A$' || t === 'AU$') return 'AUD';
  if (t === 'C$' || t === 'CA$') return 'CAD';
  if (t === 'NZ$') return 'NZD';
  if (t === '¥') return 'JPY';
  if (t === '₹') return 'INR';
  return t;
}

function currenciesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  return (a === '$' && DOLLAR_CODES.has(b)) || (b === '$' && DOLLAR_CODES.has(a));
}

interface ParsedFigure {
  value: number;
  cents: bigint;
  currency: string | null;
}

function parseFigure(raw: unknown): ParsedFigure | null {
  if (typeof raw !== 'string') return null;
  let s = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\u2212\u2013]/g, '-');
  let negative = false;
  let currency: string | null = null;
  let exponent = 0;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  const setCurrency = (token: string): boolean => {
    const code = currencyCode(token);
    if (currency !== null && currency !== code) return false;
    currency = code;
    return true;
  };
  // Peel signs, currency and suffix from either end until only digits and separators are left.
  for (let guard = 0; guard < 8; guard += 1) {
    const lead = LEADING_CURRENCY_RE.exec(s);
    const trail = TRAILING_CURRENCY_RE.exec(s);
    const suffix = TRAILING_SUFFIX_RE.exec(s);
    if (s.startsWith('-')) {
      if (negative) return null;
      negative = true;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      s = s.slice(1).trim();
    } else if (lead) {
      if (!setCurrency(lead[0])) return null;
      s = s.slice(lead[0].length).trim();
    } else if (trail) {
      if (!setCurrency(trail[0])) return null;
      s = s.slice(0, trail.index).trim();
    } else if (suffix && exponent === 0) {
      exponent = suffixExponent(suffix[0].trim());
      s = s.slice(0, suffix.index).trim();
    } else {
      break;
    }
  }
  const core = parseNumberCore(s);
  if (!core) return null;
  const { int, frac } = shiftDecimal(core, exponent);
  const padded = frac.padEnd(3, '0');
  // Round half up on the third decimal so figures compare to the penny.
  const roundUp = padded.charCodeAt(2) - 48 >= 5 ? 1n : 0n;
  const magnitudeCents = BigInt(int) * 100n + BigInt(padded.slice(0, 2)) + roundUp;
  const magnitude = Number(`${int}.${frac || '0'}`);
  const isZero = magnitudeCents === 0n && magnitude === 0;
  return {
    value: negative && !isZero ? -magnitude : magnitude,
    cents: negative ? -magnitudeCents : magnitudeCents,
    currency,
  };
}

/**
 * Compares two typed figures, e.g. the amount in a brief and the one the VA retyped.
 * Values are compared to the penny; when both name a currency and they differ, it is not a match.
 */
export function compareFigures(first: string, second: string): FigureComparison {
  const a = parseFigure(first);
  const b = parseFigure(second);
  const match = a !== null && b !== null && a.cents === b.cents && currenciesAgree(a.currency, b.currency);
  return { match, first: a ? a.value : null, second: b ? b.value : null };
}
