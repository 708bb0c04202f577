// Finds numbers in a brief and decides which are money and which are bulk counts; dates, times and references are skipped.
import { parseNumberCore, shiftDecimal, suffixExponent } from './decimal';
import { _, alt, CURRENCY_CODE, CURRENCY_SYMBOL, CURRENCY_WORD, ITEM_NOUNS, OPTIONAL_ADJECTIVE, WORD_CHAR, wb } from './patternParts';

export interface MoneyAmount {
  start: number;
  end: number;
  phrase: string;
  value: number;
}

// Order matters: the first alternative that fits wins, and each must end where the number really ends.
const NUMBER_FORMS = [
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`,
  String.raw`\d{1,3}(?:\.\d{3})+,\d{1,2}`,
  String.raw`\d{1,3}(?:\.\d{3}){2,}`,
  String.raw`\d{1,3}(?:[ \u00A0\u2009\u202F\u2007'’]\d{3})+(?:[.,]\d{1,2})?`,
  String.raw`\d+,\d{1,2}`,
  String.raw`\d+(?:\.\d+)?`,
  String.raw`\.\d{1,2}`,
]
  .map((form) => String.raw`(?:${form})(?!\d|[.,]\d)`)
  .join('|');

const GAP = String.raw`[\s\u00A0]?`;

const AMOUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_]|\d[.,'’])` +
    String.raw`(?<neg>[-−](?=${CURRENCY_SYMBOL}|\d))?` +
    String.raw`(?:(?<pre>${CURRENCY_SYMBOL}|(?:${CURRENCY_CODE})(?![\p{L}]))${GAP})?` +
    String.raw`(?<neg2>[-−])?` +
    String.raw`(?<num>${NUMBER_FORMS})` +
    String.raw`(?<suf>(?:k|mn|m|bn)(?!${WORD_CHAR})|${GAP}(?:thousand|million|billion|bn|mn)(?!${WORD_CHAR}))?` +
    String.raw`(?<post>${GAP}(?:${CURRENCY_SYMBOL}|(?:${CURRENCY_CODE}|${CURRENCY_WORD})(?!${WORD_CHAR})))?` +
    String.raw`(?!${WORD_CHAR})`,
  'giu',
);

const ITEM_AFTER_RE = new RegExp(String.raw`\+?${_}${OPTIONAL_ADJECTIVE}(?:${ITEM_NOUNS})(?!${WORD_CHAR})`, 'iuy');
const UNIT_AFTER_RE = new RegExp(
  String.raw`[\s\u00A0]*(?:%|(?:per${_}cent|percent|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|am|pm|a\.m\.|p\.m\.|times|x|kg|km|miles?|metres?|meters?|cm|mm|gb|mb|tb|words?|characters?|steps|pieces?|st|nd|rd|th|o['’]clock)(?!${WORD_CHAR}))`,
  'iuy',
);
const MONEY_CONTEXT_RE = new RegExp(
  wb(
    alt(
      '(?:re|pre)?pa(?:y|ys|id|ying)',
      'payments?',
      'payroll',
      'invoic(?:e|es|ed|ing)',
      'refund(?:s|ed|ing)?',
      'transfer(?:s|red|ring)?',
      'charg(?:e|es|ed|ing)',
      'costs?',
      'pric(?:e|es|ed)',
      'fees?',
      'totals?',
      'amounts?',
      'balances?',
      'budgets?',
      'ow(?:e|es|ed|ing)',
      'salar(?:y|ies)',
      'wages?',
      'deposits?',
      'quot(?:e|es|ed)',
      'bill(?:s|ed|ing)?',
      'spend(?:s|ing)?',
      'spent',
      'worth',
      'revenue',
      'expenses?',
      'sum',
      'turnover',
      'profit',
      'income',
    ),
  ),
  'iu',
);
const YEAR_CONTEXT_BEFORE_RE = new RegExp(
  String.raw`(?<!${WORD_CHAR})(?:the|in|of|for|from|since|during|until|before|after|our|their|your|my|his|her|its)[\s\u00A0]+$`,
  'iu',
);

// "Pay 2000" is money even though 2000 looks like a year.
const MONEY_VERB_BEFORE_RE = new RegExp(
  String.raw`(?<!${WORD_CHAR})(?:pa(?:y|ys|id|ying)|transfer(?:red)?|refund(?:ed)?|charg(?:e|ed)|ow(?:e|ed)|of)[\s\u00A0]+$`,
  'iu',
);
const IDENTIFIER_BEFORE_RE = new RegExp(
  String.raw`(?<!${WORD_CHAR})(?:no\.?|number|num|ref(?:erence)?|invoice|order|account|acct|id|po|room|flat|unit|page|line|item|version|step|option|ticket|case|phone|tel|mobile|code)[\s\u00A0]*$`,
  'iu',
);
// Below this a count of items is ordinary, not bulk.
const BULK_COUNT_THRESHOLD = 10;
const CONTEXT_BEFORE_CHARS = 60;
const CONTEXT_AFTER_CHARS = 40;

export interface NumberHit {
  start: number;
  end: number;
  value: number;
  money: boolean;
  bulkEnd: number | null;
}

function sentenceWindow(text: string, start: number, end: number): { before: string; after: string } {
  let before = text.slice(Math.max(0, start - CONTEXT_BEFORE_CHARS), start);
  const breaks = [...before.matchAll(/[.!?;](?:\s|$)|\n/g)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak) before = before.slice(lastBreak.index + lastBreak[0].length);
  let after = text.slice(end, end + CONTEXT_AFTER_CHARS);
  const firstBreak = /[.!?;](?:\s|$)|\n/.exec(after);
  if (firstBreak) after = after.slice(0, firstBreak.index);
  return { before, after };
}

// Dates, times, phone numbers and references ("INV-1042", "order 5531") are numbers but not amounts or counts.
function looksLikeIdentifier(text: string, start: number, end: number, num: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  // A digit just before or after (with one space between) means a phone number or a code, not a figure.
  if (/[/:#]$|[\p{L}\p{N}]-$|\d[\s\u00A0]$/u.test(before)) return true;
  if (/^(?:[/:-]|[\s\u00A0])\d/.test(text.slice(end, end + 2))) return true;
  if (/^0\d/.test(num)) return true;
  if (!/^\d+$/.test(num)) return false;
  if (num.length >= 7) return true;
  return IDENTIFIER_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start));
}

export function scanNumbers(text: string): NumberHit[] {
  const hits: NumberHit[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const groups = m.groups ?? {};
    const num = groups['num'];
    if (num === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const core = parseNumberCore(num);
    if (!core) continue;
    const suffix = (groups['suf'] ?? '').trim().toLowerCase();
    const shifted = shiftDecimal(core, suffixExponent(suffix));
    const negative = Boolean(groups['neg'] ?? groups['neg2']);
    const magnitude = Number(`${shifted.int}.${shifted.frac || '0'}`);
    const value = negative && magnitude !== 0 ? -magnitude : magnitude;
    const hasCurrency = Boolean(groups['pre'] ?? groups['post']);

    if (hasCurrency) {
      hits.push({ start, end, value, money: true, bulkEnd: null });
      continue;
    }

    if (looksLikeIdentifier(text, start, end, num)) continue;

    const yearLike = suffix === '' && /^(?:19|20)\d\d$/.test(num);
    ITEM_AFTER_RE.lastIndex = end;
    const item = ITEM_AFTER_RE.exec(text);
    if (item) {
      const yearUse = yearLike && YEAR_CONTEXT_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
      if (!yearUse && !negative && value >= BULK_COUNT_THRESHOLD) {
        hits.push({ start, end, value, money: false, bulkEnd: end + item[0].length });
      }
      continue;
    }

    UNIT_AFTER_RE.lastIndex = end;
    if (UNIT_AFTER_RE.test(text)) continue;
    if (yearLike && !MONEY_VERB_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) continue;

    // A shorthand like "8k" reads as money in a VA's brief; plain numbers need a money word nearby.
    const shorthand = suffix === 'k' || suffix === 'm' || suffix === 'mn' || suffix === 'bn';
    const { before, after } = sentenceWindow(text, start, end);
    if (shorthand || MONEY_CONTEXT_RE.test(before) || MONEY_CONTEXT_RE.test(after)) {
      hits.push({ start, end, value, money: true, bulkEnd: null });
    }
  }
  return hits;
}

/** Money amounts in the text, in order, so the VA can be asked to retype each one. */
export function extractAmounts(text: string): MoneyAmount[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return scanNumbers(text)
    .filter((hit) => hit.money)
    .map((hit) => ({ start: hit.start, end: hit.end, phrase: text.slice(hit.start, hit.end), value: hit.value }));
}
