// Finds the risky words in a brief (deleting, bulk, money, sending, access, outsiders) and checks retyped figures.

export type RiskFlagKind = 'destructive' | 'bulk' | 'money' | 'irreversible' | 'access' | 'external';

export interface RiskFlag {
  kind: RiskFlagKind;
  start: number;
  end: number;
  phrase: string;
  advice: string;
}

export interface MoneyAmount {
  start: number;
  end: number;
  phrase: string;
  value: number;
}

export interface FigureComparison {
  match: boolean;
  first: number | null;
  second: number | null;
}

export const RISK_FLAG_KINDS: readonly RiskFlagKind[] = [
  'destructive',
  'bulk',
  'money',
  'irreversible',
  'access',
  'external',
];

// Every word shown to the VA lives here so it can be reviewed (and later translated) in one place.
export const RISK_FLAG_WORDING = {
  advice: {
    destructive:
      "Deleting can't always be undone: confirm in writing, check what it contains, and make sure you have a backup or an undo window.",
    bulk: 'This touches a lot at once: confirm the exact scope in writing and check a small sample before you do the rest.',
    money:
      'Money is hard to get back once it has moved: retype each amount, and check it and the recipient against the original request.',
    irreversible:
      "Once this goes out it can't be called back: read it through once more and confirm the timing with your client.",
    access:
      'Access is sensitive: share passwords only through a password manager and give only the access the task needs.',
    external:
      "This reaches people outside your client's business: check who will receive it and get sign-off on the wording first.",
  },
  label: {
    destructive: 'destructive',
    bulk: 'bulk',
    money: 'money',
    irreversible: 'irreversible',
    access: 'access',
    external: 'external',
  },
  // Short checks, merged without repeats when several kinds appear together.
  checks: {
    destructive: ['confirm in writing', 'check what it contains', 'make sure it can be undone'],
    bulk: ['confirm in writing', 'check what it contains'],
    money: ['confirm in writing', 'retype each amount', "check the payee's details"],
    irreversible: ['confirm in writing', 'read it through once more'],
    access: ['use a password manager', 'give only the access needed'],
    external: ['check who will receive it', 'get sign-off on the wording'],
  },
} as const satisfies {
  advice: Record<RiskFlagKind, string>;
  label: Record<RiskFlagKind, string>;
  checks: Record<RiskFlagKind, readonly string[]>;
};

export const RISK_FLAG_ADVICE: Readonly<Record<RiskFlagKind, string>> = RISK_FLAG_WORDING.advice;

// ---------------------------------------------------------------------------
// Pattern building blocks. Boundaries are Unicode-aware so "allocate" is not "all" and "café" is one word.

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
// One space run or a single hyphen: kept unambiguous so long runs of dashes or spaces cannot backtrack badly.
const _ = String.raw`(?:[\s\u00A0]*-[\s\u00A0]*|[\s\u00A0]+)`;
const wb = (source: string): string => String.raw`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
const alt = (...parts: string[]): string => parts.join('|');
const DET = String.raw`(?:the|a|an|my|your|his|her|their|our|its|this|that|these|those|client['’]s)`;

const words = (list: string): string => list.trim().split(/\s+/).join('|');

// Things that get counted: "6,000 emails", "300 contacts".
const ITEM_NOUNS = words(`
  e-?mails? mails messages contacts files documents docs records rows entries items subscribers customers clients
  users accounts invoices photos images pictures videos attachments threads conversations chats orders products
  listings posts events meetings appointments bookings tasks tickets cards leads people recipients members followers
  folders labels tags notes spreadsheets sheets transactions receipts payments comments reviews subscriptions drafts
  newsletters campaigns texts sms calls voicemails letters forms submissions responses applications candidates
  employees staff patients students donors guests attendees names addresses pages slides lines
`);

const SPELLED_TENS = alt(
  words('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'),
  String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?`,
);
const OPTIONAL_ADJECTIVE = String.raw`(?:[\p{L}][\p{L}'’]*${_})?`;

interface KeywordPattern {
  kind: RiskFlagKind;
  re: RegExp;
}

// One regex per alternative: inside a single alternation the first branch wins, which would hide a
// longer phrase starting at the same place ("2FA" vs "2FA code"); overlaps are merged later instead.
const patterns = (kind: RiskFlagKind, sources: string[], flags = 'giu'): KeywordPattern[] =>
  sources.map((source) => ({ kind, re: new RegExp(wb(source), flags) }));

const KEYWORD_PATTERNS: readonly KeywordPattern[] = [
  ...patterns(
    'destructive',
    [
      'delet(?:e|es|ed|ing|ion|ions)', 'remov(?:e|es|ed|ing|al|als)', 'purg(?:e|es|ed|ing)',
      `wip(?:e|es|ed|ing)(?:${_}(?:out|clean))?`, 'eras(?:e|es|ed|ing|ure)',
      `empt(?:y|ies|ied|ying)${_}(?:${DET}${_})?(?:recycl(?:e|ing)${_}bin|deleted${_}items|bin|trash|junk(?:${_}folder)?|spam(?:${_}folder)?|inbox|mailbox|folder|basket)`,
      'overwr(?:ite|ites|ote|itten|iting)', `archiv(?:e|es|ed|ing)${_}and${_}delet(?:e|es|ed|ing)`,
      'unsubscrib(?:e|es|ed|ing)', `clear(?:s|ed|ing)?${_}(?:(?:it|them|this|that|everything|all)${_})?out`,
      `clear(?:s|ed|ing)?${_}(?:${DET}${_})?(?:history|cache|inbox|mailbox|bin|trash|folder|list|table|data|calendar|contacts)`,
      // "Drop" is often harmless ("drop-down", "drop me a line"), so those uses are excluded.
      String.raw`drop(?:s|ped|ping)?(?!${_}(?:down|off|by|in|out)(?!${WORD_CHAR}))(?!${_}(?:me|you|him|her|us|them)${_}(?:a${_})?(?:line|note|message|email|text|call))`,
      `cancel(?:s|led|ed|ling|ing)?${_}(?:(?:${DET}|all|every)${_}){0,2}(?:subscriptions?|memberships?|plans?|accounts?|contracts?|services?|orders?|bookings?|renewals?|direct${_}debits?|standing${_}orders?)`,
      'destro(?:y|ys|yed|ying)', 'shred(?:s|ded|ding)?', 'discard(?:s|ed|ing)?', 'trash(?:es|ed|ing)',
      'binn(?:ed|ing)', `(?:get|gets|getting|got)${_}rid${_}of`,
      `thr(?:ow|ows|ew|own|owing)${_}(?:(?:it|them|this|that|these|those|everything)${_})?(?:away|out)`,
      `factory${_}reset`,
      `format(?:s|ted|ting)?${_}(?:the${_})?(?:hard${_}drive|drive|disk|laptop|computer|phone|card)`,
      'uninstall(?:s|ed|ing)?', 'deactivat(?:e|es|ed|ing)',
    ],
  ),
  ...patterns(
    'bulk',
    [
      // Greetings and idioms use "all" without meaning "everything".
      `(?<!(?:after|at|above|first${_}of|most${_}of|hi|hello|hey|thanks|dear)${_})all(?!${_}(?:the${_}best|right|set|good|fine|well|along|done|sorted|clear|ok|okay)(?!${WORD_CHAR}))`,
      `(?<!(?:hi|hello|hey|thanks|thank${_}you|morning|afternoon|evening|dear)${_})every(?:one|body)`,
      'every(?:thing)?', 'entire(?:ty)?', 'bulk', 'mass', `en${_}masse`,
      `whole${_}(?:lot|thing|folder|label|list|inbox|mailbox|account|drive|database|table|sheet|spreadsheet|calendar|channel|workspace|directory|archive|history|site|website|board|project|backlog|team|contacts?(?:${_}list)?|mailing${_}list|email${_}list|shared${_}drive)s?`,
      `(?:tens${_}of${_})?(?:hundreds|thousands|millions|dozens)(?:${_}of)?`,
      `(?:tens${_}of${_})?(?:hundreds|thousands|millions|dozens)${_}of${_}${OPTIONAL_ADJECTIVE}(?:${ITEM_NOUNS})`,
      `(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a${_}few|few|many)${_})?(?:hundred|thousand|million)${_}${OPTIONAL_ADJECTIVE}(?:${ITEM_NOUNS})`,
      `(?:${SPELLED_TENS})${_}${OPTIONAL_ADJECTIVE}(?:${ITEM_NOUNS})`,
    ],
  ),
  ...patterns(
    'money',
    [
      'invoic(?:e|es|ed|ing)', `(?:re|pre|over|under)?pa(?:y|ys|id|ying)(?!${_}attention)`,
      '(?:re)?pay(?:ment|ments|able|ee|ees|out|outs|roll|slip|slips)', 'paypal',
      `transfer(?:s|red|ring)?(?!${_}(?:ownership|(?:the${_})?domain|files?|calls?))`, 'refund(?:s|ed|ing)?',
      'reimburs(?:e|es|ed|ing|ement|ements)',
      `bank${_}(?:details|account|accounts|transfer|transfers|card|cards|payment|payments)`,
      `account${_}(?:number|numbers|details)`, `sort${_}codes?`, 'iban', `swift${_}code`, 'bacs',
      `direct${_}debits?`, `standing${_}orders?`, `wire${_}transfers?`, `(?:credit|debit)${_}cards?`,
      `card${_}(?:details|number|numbers)`, 'billing', `(?<!in${_})charg(?:e|es|ed|ing)`, 'fees?',
      'salar(?:y|ies)', 'wages?', 'deposits?', 'purchas(?:e|es|ed|ing)', 'vat', `tax${_}returns?`,
    ],
  ),
  ...patterns(
    'irreversible',
    [
      `(?:re)?send(?:s|ing)?`, `(?:re)?sent(?!${_}from${_}my)`, 'publish(?:es|ed|ing)?',
      `(?<!keep${_}(?:me|you|us|them|him|her)${_})post(?:s|ed|ing)?(?!${_}office)`, 'tweet(?:s|ed|ing)?',
      `(?:go|goes|going|went|gone)${_}live`, `push(?:es|ed|ing)?${_}(?:it${_})?live`, 'launch(?:es|ed|ing)?',
      'cancel(?:s|led|ed|ling|ing)?', 'cancell?ations?',
      `clos(?:e|es|ed|ing)${_}(?:(?:${DET}|old|business|bank|email)${_}){0,2}accounts?`,
      'submit(?:s|ted|ting)?',
      `schedul(?:e|es|ed|ing)${_}(?:${DET}${_})?(?:(?:email|e-mail|sms|text|marketing|newsletter|promo|promotional)${_})?(?:blast|campaign|send|mailshot|mail-?out|newsletter|broadcast|announcement|post|tweet)s?`,
      'blast(?:s|ed|ing)?', 'mailshots?', 'broadcast(?:s|ing)?',
      `sign(?:s|ed|ing)?${_}(?:${DET}${_})?(?:contract|agreement|lease|deal)s?`,
    ],
  ),
  ...patterns(
    'access',
    [
      'passw(?:ord|ords|d)', 'pass(?:code|phrase)s?', 'log-?ins?',
      `(?:log|sign)${_}in${_}(?:details|info|information|credentials)`, `user${_}?names?`, 'credentials?',
      'permissions?', `shar(?:e|es|ing)|shared(?!${_}(?:drives?|folders?|inbox(?:es)?|mailbox(?:es)?|calendars?|docs?|documents?|files?|spreadsheets?|sheets?|workspaces?|channels?|spaces?|office))`, 'access(?:es|ed|ing)?',
      `admin(?:istrator)?${_}(?:rights|access|privileges|permissions|role|roles|account|accounts|login|password|panel)`,
      'administrators?', '2fa|mfa|2sv|otp', `(?:two|2|multi)${_}(?:factor|step)`,
      `(?:verification|security|authentication|auth|login|one${_}time|sms|backup|recovery|2fa|mfa)${_}(?:codes?|pins?|keys?|tokens?)`,
      'authenticator', `(?:api|secret|private)${_}keys?`, `access${_}tokens?`, `security${_}questions?`,
      'ownership', 'revok(?:e|es|ed|ing)', '1password|lastpass|bitwarden|dashlane',
    ],
  ),
  // "pin" is also a verb ("pin the post"), so only the capitalised PIN counts.
  ...patterns('access', ['PINs?'], 'gu'),
  ...patterns(
    'external',
    [
      'customers?', 'subscribers?', 'recipients?',
      `(?:mailing|email|e-mail|distribution|contact|subscriber|customer)${_}lists?`,
      `newsletter${_}(?:recipients|subscribers|list|audience|readers)`, 'suppliers?', 'vendors?',
      'contractors?', `third${_}part(?:y|ies)`, 'public(?:ly)?', 'followers?', `social${_}media`,
      String.raw`every(?:one|body)${_}on${_}(?:${DET}${_})?(?:[\p{L}]+${_})?list`,
      'linkedin|facebook|instagram|twitter|tiktok|youtube|bluesky|mastodon', 'audiences?', 'patients', 'donors',
      'attendees', 'investors', 'shareholders', 'journalists', 'external(?:ly)?',
    ],
  ),
];

// ---------------------------------------------------------------------------
// Numbers in text.

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

const CURRENCY_SYMBOL = String.raw`(?:US|AU|A|CA|C|NZ)\$|[£€$¥₹]`;
const CURRENCY_CODE = 'GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|INR';
const CURRENCY_WORD = String.raw`pounds?|quid|sterling|dollars?|euros?`;
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
      '(?:re|pre)?pa(?:y|ys|id|ying)', 'payments?', 'payroll', 'invoic(?:e|es|ed|ing)', 'refund(?:s|ed|ing)?',
      'transfer(?:s|red|ring)?', 'charg(?:e|es|ed|ing)', 'costs?', 'pric(?:e|es|ed)', 'fees?', 'totals?',
      'amounts?', 'balances?', 'budgets?', 'ow(?:e|es|ed|ing)', 'salar(?:y|ies)', 'wages?', 'deposits?',
      'quot(?:e|es|ed)', 'bill(?:s|ed|ing)?', 'spend(?:s|ing)?', 'spent', 'worth', 'revenue', 'expenses?',
      'sum', 'turnover', 'profit', 'income',
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

interface NumberHit {
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

function scanNumbers(text: string): NumberHit[] {
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

// ---------------------------------------------------------------------------
// Flags.

interface Span {
  kind: RiskFlagKind;
  start: number;
  end: number;
}

function mergeSameKind(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const kind of RISK_FLAG_KINDS) {
    const ofKind = spans.filter((s) => s.kind === kind).sort((a, b) => a.start - b.start || b.end - a.end);
    let current: Span | null = null;
    for (const span of ofKind) {
      if (current && span.start < current.end) {
        current.end = Math.max(current.end, span.end);
      } else {
        current = { ...span };
        merged.push(current);
      }
    }
  }
  return merged;
}

/** Risky words and amounts in a brief; sorted by start, then by kind name. */
export function detectRiskFlags(text: string): RiskFlag[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const spans: Span[] = [];
  for (const { kind, re } of KEYWORD_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0) spans.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const hit of scanNumbers(text)) {
    if (hit.money) spans.push({ kind: 'money', start: hit.start, end: hit.end });
    if (hit.bulkEnd !== null) spans.push({ kind: 'bulk', start: hit.start, end: hit.bulkEnd });
  }
  return mergeSameKind(spans)
    .sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    .map((s) => ({
      kind: s.kind,
      start: s.start,
      end: s.end,
      phrase: text.slice(s.start, s.end),
      advice: RISK_FLAG_WORDING.advice[s.kind],
    }));
}

/** One short sentence for all the kinds in a set of flags, e.g. "Bulk + destructive: confirm in writing, …". */
export function combinedAdvice(flags: readonly Pick<RiskFlag, 'kind'>[]): string {
  const kinds = [...new Set(flags.map((f) => f.kind))].filter((k) => RISK_FLAG_KINDS.includes(k)).sort();
  if (kinds.length === 0) return '';
  const label = kinds.map((k) => RISK_FLAG_WORDING.label[k]).join(' + ');
  const checks = [...new Set(kinds.flatMap((k) => RISK_FLAG_WORDING.checks[k]))];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${checks.join(', ')}.`;
}

// ---------------------------------------------------------------------------
// Figures.

interface DecimalParts {
  int: string;
  frac: string;
}

/**
 * Reads the digits of a figure. Rule for ambiguous separators:
 * - when both "." and "," appear, the last one is the decimal point and the other groups thousands;
 * - a lone "," followed by exactly 3 digits groups thousands ("8,000" = 8000), by 1–2 digits it is a
 *   decimal comma ("8,50" = 8.5), anything else is unreadable;
 * - a lone "." is always a decimal point ("8.000" = 8, as a UK reader would take it); repeated dots group
 *   thousands ("1.234.567");
 * - spaces and apostrophes only ever group thousands; every thousands group must have 3 digits.
 */
function parseNumberCore(raw: string): DecimalParts | null {
  let s = raw.replace(/[\u00A0\u2009\u202F\u2007’]/g, (c) => (c === '’' ? "'" : ' '));
  if (s.startsWith('.')) s = `0${s}`;
  if (/^\d+\.$/.test(s)) s = s.slice(0, -1);
  if (!/^\d+(?:[.,' ]\d+)*$/.test(s)) return null;
  const groups = s.split(/[.,' ]/);
  const seps = s.match(/[.,' ]/g) ?? [];
  const first = groups[0] ?? '';
  if (seps.length === 0) return normalise({ int: first, frac: '' });

  const last = seps[seps.length - 1] ?? '';
  const others = seps.slice(0, -1);
  let decimal: string | null = null;
  if (last === '.' || last === ',') {
    const othersUniform = others.every((c) => c === others[0]);
    if (others.length === 0) {
      if (last === '.') decimal = '.';
      else {
        const after = groups[1] ?? '';
        if (after.length <= 2) decimal = ',';
        else if (after.length !== 3) return null;
      }
    } else if (!othersUniform) {
      return null;
    } else if (others[0] !== last) {
      decimal = last;
    }
  } else if (!seps.every((c) => c === last)) {
    return null;
  }

  const intGroups = decimal ? groups.slice(0, -1) : groups;
  const frac = decimal ? (groups[groups.length - 1] ?? '') : '';
  if (intGroups.length > 1) {
    if (first.length < 1 || first.length > 3) return null;
    if (intGroups.slice(1).some((g) => g.length !== 3)) return null;
  }
  return normalise({ int: intGroups.join(''), frac });
}

function normalise(parts: DecimalParts): DecimalParts {
  return { int: parts.int.replace(/^0+(?=\d)/, '') || '0', frac: parts.frac.replace(/0+$/, '') };
}

function suffixExponent(suffix: string): number {
  switch (suffix.toLowerCase()) {
    case 'k':
    case 'thousand':
      return 3;
    case 'm':
    case 'mn':
    case 'million':
      return 6;
    case 'bn':
    case 'billion':
      return 9;
    default:
      return 0;
  }
}

// Multiplies by a power of ten on the digit string, so "1.2m" is exactly 1200000 with no float drift.
function shiftDecimal(parts: DecimalParts, exponent: number): DecimalParts {
  if (exponent === 0) return parts;
  const frac = parts.frac.padEnd(exponent, '0');
  return normalise({ int: parts.int + frac.slice(0, exponent), frac: frac.slice(exponent) });
}

const LEADING_CURRENCY_RE = new RegExp(String.raw`^(?:${CURRENCY_SYMBOL}|(?:${CURRENCY_CODE})(?![A-Za-z]))`, 'i');
const TRAILING_CURRENCY_RE = new RegExp(
  String.raw`(?:${CURRENCY_SYMBOL}|(?<![A-Za-z])(?:${CURRENCY_CODE}|${CURRENCY_WORD}))$`,
  'i',
);
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
  let s = raw.normalize('NFKC').trim().replace(/[\u2212\u2013]/g, '-');
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
  const roundUp = (padded.charCodeAt(2) - 48) >= 5 ? 1n : 0n;
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
