// Checks a VA's apology message for tone problems so they apologise once, own it, and say what happens next, by when.

/*
 * Rule decisions (documented behaviour; toneRules lists the rules for the settings screen):
 * - Over-apology: every apology after the first is flagged (over-apology.repeated, span = that apology word);
 *   the first is never flagged for being repeated. An intensified apology ("so so sorry", "terribly sorry",
 *   "I can't apologise enough") is flagged on its own (over-apology.intensified), even when it is the only one.
 *   One intensifier ("so sorry", "really sorry", "deeply sorry", "sincere apologies") is a plain apology.
 * - Not counted as apologies (conservative): "sorry to hear/bother/trouble/interrupt/chase…", "Sorry, quick question",
 *   "feel sorry for", "no need to apologise", "no apology", "as an apology". "Sorry for the late reply" does count:
 *   it is still an apology.
 * - Hedging "just" is flagged only where it is tentative or minimising ("I just wanted to", "it was just a typo");
 *   time ("just now", "I've just sent") and "only" senses ("instead of just you") are left alone.
 *   "maybe/perhaps you…" is a polite suggestion to the client and is not flagged.
 * - Vague timeline: flagged only when the same sentence has no concrete time ("asap, and by 3pm at the latest" is fine).
 *   Sign-offs ("Talk soon", "Get well soon") and "as soon as they open" are not vague promises.
 * - Overcompensation: waiving, refunding or discounting your fee, or free work beyond the fix. Not charging for the
 *   time spent on the fix itself ("I won't bill for the time spent fixing it") is normal practice and is not flagged;
 *   a refund from a third party ("a full refund to your card" from a supplier) is not flagged.
 * - Whole-text rules (start 0, end text.length) look for signals anywhere in the text, by grammar rather than phrase lists:
 *   missing-ownership: no first-person admission: "my mistake", "that's on me", "sorry for missing…", or any
 *   first-person past action ("I deleted", "I mis-scheduled") other than noticing, feeling, contacting or fixing
 *   ("I realised the invoice was wrong" does not own it). Negated forms ("it wasn't my fault") do not count.
 *   missing-fix: no action to put it right: "I've <done something>", "I'll / I'm going to <verb>", "I'm <verb>ing",
 *   a third party doing it ("the courier will collect it"), or a subject-less "Fixed now." Promises about the future
 *   ("I'll be more careful", "I'll double-check from now on"), feelings and offers ("I'll refund you") are not a fix.
 *   missing-timeline: no by-when. A concrete time counts when it sits in a sentence about the fix or a future step;
 *   a fix already done ("I've restored them", "they're back in your inbox") counts, because there is nothing left
 *   to schedule. "asap"/"soon" never count, and neither does a month-sized window ("this month").
 * - Channel 'phone' skips missing-timeline: on a call the time is agreed with the client in the conversation.
 *   'email', 'chat' and no channel apply every rule.
 * - Empty or whitespace-only text returns [] (nothing written yet, so nothing is missing).
 * - Curly apostrophes are read as straight ones; matching is case-insensitive; US spellings are accepted.
 */

export type ToneCategory =
  | 'over-apology'
  | 'excuse'
  | 'self-blame'
  | 'overcompensation'
  | 'blame-shifting'
  | 'vague-timeline'
  | 'hedging'
  | 'missing-ownership'
  | 'missing-fix'
  | 'missing-timeline';

export interface ToneFinding {
  ruleId: string;
  category: ToneCategory;
  start: number;
  end: number;
  message: string;
}

export interface ToneCheckOptions {
  disabledRules?: string[];
  channel?: 'email' | 'chat' | 'phone';
}

interface Span {
  start: number;
  end: number;
}

interface RuleDef {
  id: string;
  category: ToneCategory;
  label: string;
  description: string;
  message: string;
}

interface PhraseRule extends RuleDef {
  patterns: RegExp[];
  // Extra context check for a match; returning false drops it.
  accept?: (m: Span, doc: Doc) => boolean;
}

interface Doc {
  text: string; // normalised: same length as the input, so offsets carry over
  sentences: Span[];
}

// ---------- word lists ----------

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|weds|thursday|friday|saturday|sunday';
const NUM = '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|ten|twelve|twenty-four|48|half an?|a couple of|a few)';

// Participles that describe putting the mistake right ("has been restored", "will be sorted").
const FIX_DONE =
  'restored|corrected|fixed|resent|re-sent|sent|updated|recovered|amended|rebooked|re-booked|rescheduled|reversed|undone|contacted|called|phoned|emailed|sorted|redone|re-done|reworked|rerun|re-run|checked|double-checked|rechecked|re-checked|replaced|reissued|re-issued|recalled|rebuilt|reinstated|followed up|chased|confirmed|drafted|prepared|finished|completed|delivered|submitted|uploaded|re-uploaded|moved|added|removed|set up|reviewed|rewritten|changed|exchanged|returned|retrieved|renewed|paid|filed|forwarded|booked|reordered|repaired|adjusted|edited|revised|processed|arranged|notified|informed|escalated|recreated|re-entered|attached|put right|dealt with|resolved|rectified|collected|shipped|posted|credited|refunded';
// Simple past counts as a fix only for verbs that can only mean "put right"; "I sent" is usually the mistake.
const FIX_PAST_ONLY =
  'restored|corrected|fixed|renewed|resent|re-sent|recovered|amended|rebooked|rescheduled|reversed|reissued|re-issued|recalled|reinstated|rectified|redid|re-did|rewrote|rebuilt|re-ran|reran|retrieved|repaired|undid|re-uploaded|re-entered|recreated|resolved';
// Verbs a third party uses when they carry out the fix ("the courier will collect it").
const THIRD_PARTY_FIX =
  'collect|deliver|arrive|ship|follow|go out|land|reach you|refund|credit|replace|reissue|resend|send|call|ring|contact|email|reply|swap|pick (?:it |them )?up|come back|process|correct|fix|restore|update|confirm|rebook|reschedule|cancel|remove|delete|return';
// Irregular past forms, for the generic "I <did something>" grammar.
const IRREGULAR_PAST =
  "sent|put|forgot|left|lost|gave|wrote|took|made|broke|set|let|hit|chose|overwrote|misread|misheard|mislaid|misled|upset|shut|cut|spelt|misspelt|ran|bought|paid|mistook|sold|tore|threw|blew|struck|cc'd|bcc'd|ccd|went ahead";
// Past tenses that are not an admission: noticing, feeling, excuses, contacting people, or fixes.
const NOT_OWNERSHIP_PAST =
  'was|were|had|noticed|realised|realized|saw|thought|wanted|hoped|checked|called|phoned|rang|contacted|spoke|messaged|texted|asked|tried|needed|felt|knew|understood|heard|learned|learnt|meant|got|did|received|started|finished|rushed|overslept|assumed|believed|guessed|supposed|decided|agreed|apologised|apologized|said|told|followed|worked|spent|stayed|waited|looked|searched|found|managed|updated|moved|fixed|sorted|corrected|arranged|replaced|amended|resent|rescheduled|rebooked|restored|recovered|reissued|renewed|confirmed|cancelled|canceled|changed|double-checked|emailed|reached|went|came|owed|appreciated|expected|seemed|used to|liked|loved|hated|promised';
// Present perfects that are not a fix: feelings, noticing, or the mistake itself.
const NOT_A_FIX_DONE =
  'been|had|learned|learnt|noticed|realised|realized|seen|heard|thought|felt|known|wanted|tried|lost|missed|forgotten|forgot|deleted|overwritten|broken|messed|mixed|muddled|confused|caused|let|ruined|failed|neglected|overlooked|misread|misunderstood|mis[a-z-]+|double-booked|double-charged|upset|disappointed|inconvenienced|dropped|got|apologi[sz]ed|owned|admitted|understood|reflected|decided|waived|refunded|always|never|accidentally|mistakenly|wrongly|inadvertently|somehow|clearly|obviously|put you|made (?:a|an|this|that|the|such a|another|two|some)\\s+(?:[\\w-]+\\s+)?(?:mistakes?|errors?|mess|blunder|hash)|taken (?:full |complete )?responsibility|given you';
const PAST_PARTICIPLE =
  '[a-z][\\w-]*(?:ed|en)|sent|resent|re-sent|put|set|found|made|told|spoken|rung|run|rerun|re-run|split|done|redone|re-done|written|rewritten|paid|taken|built|rebuilt|brought|bought|dealt with|read|sought|held|cut|shut|undone|drawn up|kept';
// Words after "I'll" that are promises about the future, feelings or offers rather than a fix.
const WILL_ADVERBS =
  'now|then|also|immediately|personally|definitely|first|just|try to|try and|hopefully|probably|make sure to|aim to|do my best to|go ahead and|get on and|quickly|straight away|happily|gladly|certainly|absolutely';
const NOT_A_FIX_AFTER_WILL =
  "be|never|not|always|only|see|imagine|assure|promise|honestly|learn|remember|understand|feel|need|owe|admit|accept|apologi[sz]e|say|charge|bill|invoice|refund|waive|knock|throw|let you know|keep you (?:posted|updated|informed)|make (?:it )?up|make sure (?:it|this|that) (?:doesn't|does not|won't|will not|never)|ensure (?:it|this|that)|do better|try harder|take (?:more )?care|pay (?:more |closer )?attention|take (?:full |complete )?responsibility|give you (?!a (?:call|ring))|work for free|keep (?:this|that|it) in mind";
const PREVENTION_TAIL = /\b(?:in (?:the )?future|next time|from now on|going forward|in future|again)\b/i;

const rx = (source: string): RegExp => new RegExp(source, 'gi');
const test = (source: string, s: string): boolean => new RegExp(source, 'i').test(s);

// ---------- shared detectors ----------

const TIME_EXPR = [
  `\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)`,
  `\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b`,
  `\\b(?:noon|midday|midnight|lunchtime|close of business|end of (?:the )?(?:day|play|business|week|month)|eod|cob|eop|eow|first thing|last thing)\\b`,
  `\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|later today|(?:by|before) the weekend|this weekend|next (?:week|weekend))\\b`,
  `\\b(?:by|before|until|no later than|later|end of|within|early|mid|late)\\s+(?:the\\s+)?(?:end of\\s+)?this\\s+(?:week|weekend)\\b`,
  `\\b(?:${WEEKDAYS})\\b`,
  `\\b\\d{1,2}(?:st|nd|rd|th)\\b`,
  `\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
  `\\b(?:by|before|until|on|early|mid|late|end of)\\s+(?:${MONTHS})\\b`,
  `\\b(?:within|in|inside|under)\\s+(?:the\\s+)?(?:next\\s+)?${NUM}\\s+(?:hours?|hrs?|minutes?|mins?|days?|working days?|business days?)\\b`,
  `\\bwithin the (?:hour|day|next hour)\\b`,
  `\\b(?:by|before|until|at|no later than)\\s+\\d{1,2}(?:[:.]\\d{2})?\\b(?!\\s*(?:%|[a-z£$€]))`,
  `\\b(?:right now|right away|straight away|immediately|as we speak|this minute|this instant|already|just now)\\b`,
  `(?<!\\b(?:from|by|until|till|up to|for|know|i|right|just)\\s)\\bnow\\b(?!\\s+(?:on|that)\\b)`,
].join('|');

const FUTURE_MARKER = "\\b(?:will|'ll|shall|going to)\\b|\\bI(?:'m| am) (?:now |currently )?[a-z]+ing\\b";
const FUTURE_FIX = `\\b(?:I(?:'ll| will| shall| can|'m going to| am going to|'m about to| am about to| plan to|'m planning to| intend to)|we(?:'ll| will| shall|'re going to| are going to))\\s+(?:(?:${WILL_ADVERBS})\\s+)*(?:be\\s+[a-z]+ing\\b|(?!(?:${WILL_ADVERBS}|${NOT_A_FIX_AFTER_WILL})\\b)[a-z][\\w-]*)`;
const PROGRESSIVE_FIX =
  "\\bI(?:'m| am)\\s+(?:(?:now|already|currently|also|busy|in the process of|just|actively)\\s+)*(?:on it|on the case|(?!(?:going|trying|hoping|thinking|wondering|feeling|being|kicking|beating|struggling|learning|dreading|writing to|reaching out to|calling to|messaging to|getting (?:a|the) (?:sense|feeling))\\b)[a-z]+ing\\b(?!\\s+to (?:apologi[sz]e|say|let you know|explain|own|admit|tell you)))";
const THIRD_PARTY_FUTURE = `\\b(?:it|they|this|that|everything|he|she|(?:the|a|an|your)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)(?:'ll|\\s+will)\\s+(?:(?:now|then|also|definitely|all)\\s+)?(?:be\\s+(?:[a-z]+ly\\s+)?(?:${FIX_DONE}|ready|done|back|with you|in your|live again|on (?:its|their) way)|(?:${THIRD_PARTY_FIX})\\b)`;
const YOU_WILL_HAVE = "\\byou(?:'ll| will) (?:have|receive|get|see) (?:it|them|this|the|a|an|your)\\b";
const SCHEDULED = '\\b(?:goes|go|arrives?|ships?|lands?|leaves?|follows?|is due|are due|is scheduled|are scheduled)\\b';

// A sentence that opens with the fix and no subject: "Fixed now.", "Just sent them.", "Sending it now."
const SUBJECTLESS_OPENING = '^\\W*(?:(?:just|now|already|all|and|also)\\s+)*';
// Rules out the same words describing the mistake itself ("sent it to the wrong client", "emailed them by mistake").
const NOT_THE_MISTAKE = '\\b(?![^.!?;]*?\\b(?:wrong|by mistake|by accident|in error|accidentally|instead of)\\b)';
const SUBJECTLESS_DONE = `${SUBJECTLESS_OPENING}(?:fixed|sorted|resent|re-sent|corrected|restored|updated|done|sent|rebooked|rescheduled|recovered|amended|changed|moved)${NOT_THE_MISTAKE}`;
const SUBJECTLESS_GENERIC = `${SUBJECTLESS_OPENING}(?!(?:${NOT_A_FIX_DONE})\\b)[a-z][\\w-]*ed\\s+(?:it|them|this|that|the|your|everything)\\b${NOT_THE_MISTAKE}`;
const SUBJECTLESS_FIX = `${SUBJECTLESS_OPENING}(?:sending|fixing|correcting|resending|restoring|updating|sorting|rebooking|rescheduling|working on|on it)${NOT_THE_MISTAKE}`;

const DONE_FIX_PATTERNS = [
  `\\bI(?:'ve| have)\\s+(?:(?:already|just|now|also|since|immediately|quickly|then|personally|both)\\s+)*(?!(?:${NOT_A_FIX_DONE})\\b)(?:${PAST_PARTICIPLE})\\b(?!\\s+(?:[\\w'-]+\\s+){0,2}wrong\\b)(?!\\s+(?:it|them)?\\s*(?:by mistake|by accident|in error))`,
  `\\bI\\s+(?:(?:already|then|also|immediately|quickly)\\s+)?(?:${FIX_PAST_ONLY})\\b`,
  // Contacting someone after the mistake is the fix in motion ("I spoke to them at 10:20").
  `\\bI\\s+(?:(?:already|then|also|immediately|quickly|just)\\s+)?(?:spoke to|called|phoned|rang|contacted|emailed|messaged|texted|wrote to|reached out to|chased|checked with|got in touch with)${NOT_THE_MISTAKE}`,
  `\\b(?:has|have|'s|'ve)\\s+(?:now\\s+|already\\s+|all\\s+)?been\\s+(?:(?:now|already|fully|all)\\s+)?(?:${FIX_DONE})\\b`,
  "\\b(?:is|are|'s|'re)\\s+(?:(?:now|all|already|fully)\\s+)*(?:back(?: up| online| on| in| to normal)?|updated|fixed|corrected|sorted|restored|resolved|amended|attached|rebooked|rescheduled|reissued|recovered|live again|working again|active again|up again|online again|in place|confirmed|done|ready|on (?:its|their) way)\\b",
  `\\b(?:is|are|'s|'re)\\s+now\\s+(?:${FIX_DONE})\\b`,
  "\\b(?:please find|i attach|attached (?:is|are)|here(?:'s| is| are)\\s+(?:the\\s+)?(?:corrected|updated|right|correct|revised|amended|final|fixed))\\b",
  '\\b(?:the|a|an|your)\\s+(?:correct|corrected|right|new|updated|revised|amended|fixed|final|replacement)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:went|was sent|has gone|has been sent|have been sent|(?:is|are)\\s+(?:now\\s+)?(?:in|on|with|attached|ready|up|saved|live))\\b',
  "\\b(?:they|he|she|the [\\w-]+)(?:'ve| have| has)\\s+(?:now\\s+|since\\s+|already\\s+)?(?:confirmed|agreed)\\b",
];
function matchesOutsidePrevention(source: string, s: string): boolean {
  // "I'll double-check everything in future" is a prevention promise, not a fix for this mistake.
  for (const m of s.matchAll(rx(source))) {
    const rest = s.slice(m.index + m[0].length).split(/[.!?;,]|\band\b|\bbut\b/)[0] ?? '';
    if (!PREVENTION_TAIL.test(rest)) return true;
  }
  return false;
}

function sentencesOf(s: string): string[] {
  return splitSentences(s).map((x) => s.slice(x.start, x.end));
}

const hasDoneFix = (s: string): boolean =>
  DONE_FIX_PATTERNS.some((p) => test(p, s)) || sentencesOf(s).some((x) => test(SUBJECTLESS_DONE, x) || test(SUBJECTLESS_GENERIC, x));

function hasAnyFix(s: string): boolean {
  if (hasDoneFix(s)) return true;
  if ([FUTURE_FIX, PROGRESSIVE_FIX].some((p) => matchesOutsidePrevention(p, s))) return true;
  if ([THIRD_PARTY_FUTURE, YOU_WILL_HAVE].some((p) => test(p, s))) return true;
  return sentencesOf(s).some((x) => test(SUBJECTLESS_FIX, x) || (test(SCHEDULED, x) && test(TIME_EXPR, x)));
}

function normalise(text: string): string {
  // One-for-one replacements only, so every offset still points into the caller's text.
  return text.replace(/[\u2018\u2019\u02BC\u2032`\u00B4]/g, "'").replace(/[\u00A0\u202F\u2009]/g, ' ');
}

function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?;]+(?=\s|$)|\n+/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function sentenceOf(doc: Doc, at: number): string {
  const s = doc.sentences.find((x) => at >= x.start && at < x.end);
  return s ? doc.text.slice(s.start, s.end) : doc.text;
}

// The clause before a match, so "the supplier will refund you" is not read as the VA's offer.
function clauseBefore(doc: Doc, at: number): string {
  const before = doc.text.slice(0, at);
  const cut = Math.max(...[...'.!?;:,—–\n', ' and ', ' but '].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1);
}
function clauseAfter(doc: Doc, at: number): string {
  const after = doc.text.slice(at);
  const stops = [...'.!?;:,—–\n', ' and ', ' but '].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  return after.slice(0, stops.length ? Math.min(...stops) : after.length);
}
const negatedBefore = (doc: Doc, at: number): boolean => /(?:\bnot|n't|\bno)\s+(?:[\w%]+\s+){0,2}$/i.test(doc.text.slice(Math.max(0, at - 30), at));

// ---------- apologies ----------

const APOLOGY = rx(
  '\\bsorry\\b|\\bapolog(?:ise|ize|ised|ized|ising|izing|ies|y)\\b|\\bI (?:(?:deeply|sincerely|truly|really|greatly) )?regret\\b|\\bforgive me\\b|\\bmea culpa\\b',
);
// Uses of "sorry" that are not an apology for the mistake.
const NOT_AN_APOLOGY_AFTER =
  /^\s*(?:to (?:hear|bother|trouble|disturb|interrupt|chase|hassle|nag|learn|see|read|ask)\b|,?\s*(?:(?:a|one|just a|just one|another)\s+)?(?:quick\s+|small\s+|silly\s+|last\s+)?question\b|(?:state|sight)\b)/i;
const NOT_AN_APOLOGY_BEFORE =
  /(?:\bno|\bas an?|\bby way of(?: an?)?|\bfeel(?:s|ing)?|\bfelt|\bno need to(?: be)?|\bn't need to(?: be)?|\bnot need to(?: be)?|\bdon't(?: be)?|\bdo not(?: be)?)\s+$/i;

function apologySpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(APOLOGY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_AN_APOLOGY_AFTER.test(text.slice(end, end + 40))) continue;
    if (NOT_AN_APOLOGY_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** How many apologies the text makes for the mistake (non-apology uses of "sorry" are not counted). */
export function countApologies(text: string): number {
  return apologySpans(normalise(text)).length;
}

const INTENSIFIER =
  'so+|very|really|truly|deeply|terribly|awfully|incredibly|extremely|sincerely|genuinely|profoundly|dreadfully|hugely|massively|super|utterly|most|honestly|unbelievably|immensely|desperately|horribly';
const STRONG_INTENSIFIER =
  'terribly|awfully|dreadfully|incredibly|extremely|hugely|massively|super|so{3,}|unbelievably|profoundly|desperately|horribly|immensely|eternally|endlessly|beyond';

// ---------- phrase rules ----------

const PHRASE_RULES: PhraseRule[] = [
  {
    id: 'over-apology.intensified',
    category: 'over-apology',
    label: 'Intensified apology',
    description: 'An apology piled high: "so so sorry", "terribly sorry", "I can\'t apologise enough".',
    message: "One plain apology is enough; intensifying it puts the focus on your feelings rather than the client's problem.",
    patterns: [
      rx(`\\b(?:${INTENSIFIER})(?:[\\s,]+(?:${INTENSIFIER}))+[\\s,]+sorry\\b`),
      rx(`\\b(?:${STRONG_INTENSIFIER})\\s+sorry\\b`),
      rx('\\bsorry(?:[\\s,.!]+sorry\\b)+'),
      rx('\\bsorry\\s*!{2,}'),
      rx("\\b(?:can't|cannot|can not|could never|can never) (?:apologi[sz]e|say sorry) enough\\b"),
      rx('\\b(?:a (?:thousand|million|hundred)|a million|countless|endless|so many|many,? many) apologies\\b'),
      rx('\\bapologi[sz]e (?:profusely|unreservedly|a thousand times|again and again|over and over)\\b'),
      rx('\\b(?:profuse|humblest|most humble) apologies\\b|\\bhumbly apologi[sz]e\\b'),
      rx("\\b(?:words (?:can't|cannot) (?:express|describe)|(?:can't|cannot) tell you how sorry|you have no idea how sorry)\\b"),
      rx('\\bfrom the bottom of my heart\\b|\\bbeg (?:for )?your forgiveness\\b'),
    ],
  },
  {
    id: 'excuse.busy',
    category: 'excuse',
    label: 'Busy or rushed',
    description: 'Workload, other clients or rushing offered as the reason for the mistake.',
    message: 'Being busy explains the mistake from your side; the client mainly needs to know it is being put right.',
    patterns: [
      rx(
        "\\b(?:I was|I'd been|I've been|I have been|I had been|I'm|I am|things have been|things were|things got|it's been|it has been|work has been|my week has been|this week has been)\\s+(?:(?:so|really|very|incredibly|super|a bit|quite|extremely|insanely|absolutely|completely|just|totally|pretty|crazy)\\s+)*(?:busy|swamped|snowed under|slammed|overloaded|overwhelmed|flat out|stretched(?: thin)?|run off my feet|rushed off my feet|hectic|crazy|manic|mad|chaotic|full-on|full on|inundated|buried|juggling)\\b",
      ),
      rx(
        "(?<!\\b(?:you've had|you have had|you had|your)\\s(?:such\\s)?(?:a\\s)?)\\b(?:hectic|crazy|manic|mad|chaotic|frantic|full-on|busy|craziest|busiest|maddest|most hectic)\\s+(?:week|day|month|few days|few weeks|morning|period|time)\\b(?!\\s+for you)",
      ),
      rx(
        "\\bI(?:'ve| have|'d| had)?\\s*had (?:so much|such a lot|a lot|lots|loads|tons|too much|a ton|a million things|so many things)(?: of work)?(?: going)? on(?: my plate)?\\b",
      ),
      rx('\\b(?:a lot|so much|too much|loads|lots) on my plate\\b'),
      rx(
        '\\b(?:my other clients?|(?:because of|due to|busy with|working on|juggling|prioriti[sz]ing|up late with|tied up with|caught up with|covering for)\\s+(?:a |an |my )?(?:other|another) clients?)\\b',
      ),
      rx(
        "\\bI (?:didn't|did not|just didn't|don't|haven't) (?:have|get|had) (?:the )?(?:time|a chance|a moment|round to it|around to it)\\b|\\b(?:ran|run|running) out of time\\b|\\bno time to\\b",
      ),
      rx(
        "\\bI(?: was|'d been| had been| have been|'ve been|'m| am) (?:(?:so|really|a bit|very)\\s+)?(?:in a (?:rush|hurry)|rushing|rushed|racing|short on time|pressed for time|up against it)\\b|\\bin a (?:rush|hurry)\\b",
      ),
      rx('\\bbecause of (?:my|the) (?:workload|schedule|other work|other commitments)\\b'),
    ],
  },
  {
    id: 'excuse.technology',
    category: 'excuse',
    label: 'Blaming tools',
    description: 'The internet, a laptop or "the system" given as the cause.',
    message: 'Blaming a tool or connection sounds like an excuse; describe what happened in terms of your own actions instead.',
    patterns: [
      rx(
        '\\bmust have (?:glitched|crashed|bugged out|malfunctioned|reset|auto-?[a-z]+)\\b|\\b(?:crashed|froze|kept crashing|kept freezing|died on me)\\b|\\b(?:glitched|glitching|bugged out|playing up|played up|acting up|acted up)\\b',
      ),
      rx(
        "\\b(?:my|the)\\s+(?:internet|wi-?fi|broadband|connection|laptop|computer|pc|mac|phone|power|electricity|system|software|app|tool|platform|program|programme|crm|server|email client|gmail|outlook|autocorrect|auto-?complete|auto-?fill|printer)\\s+(?:(?:was|went|is|has been|had been|kept)\\s+(?:down|offline|out|off|playing up|acting up|crashing|dropping(?: out)?|freezing|broken|glitching|glitchy|slow|dead|on silent|not working|misbehaving|faulty|patchy|buggy|flat|cutting out|updating)|crashed|died|broke|froze|failed|glitched|did (?:it|this|that)|messed (?:it |this |that )?up|merged|changed|deleted|dropped|lost|ate|stopped working|cut out|decided to|auto-?[a-z]+|must have [a-z]+|wasn't working)\\b",
      ),
      rx('\\btechnical (?:issues?|problems?|difficulties|glitch(?:es)?|hitch(?:es)?)\\b|\\b(?:a|some) (?:glitch|system error|computer error)\\b'),
    ],
  },
  {
    id: 'excuse.health',
    category: 'excuse',
    label: 'Health or tiredness as the reason',
    description: 'Being unwell, tired or oversleeping offered as the reason.',
    message: 'Your wellbeing matters, but inside an apology it reads as an excuse; mention it separately if it affects future work.',
    patterns: [
      rx(
        "\\bI(?: was|'ve been| have been| had been|'d been| am|'m| was feeling|'ve been feeling| have been feeling)\\s+(?:(?:so|really|very|a bit|quite|feeling|extremely|super|pretty)\\s+)*(?:unwell|ill|sick|poorly|under the weather|exhausted|tired|shattered|run down|not (?:feeling )?(?:well|great|myself|100%))\\b",
      ),
      rx('\\bI overslept\\b|\\bslept through (?:my|the) alarm\\b|\\bI was up (?:late|all night)\\b'),
      rx('\\b(?:a|some) (?:family|personal) (?:emergency|stuff|issues?|matters|thing|things|reasons)\\b'),
    ],
  },
  {
    id: 'excuse.not-my-fault',
    category: 'excuse',
    label: 'Not my fault',
    description: 'Saying the mistake was not yours or was out of your control.',
    message: 'Saying it was not your fault pushes the mistake away; owning it calmly builds more trust.',
    patterns: [
      rx(
        "\\b(?:(?:it|this|that)(?:'s| is| was)? ?(?:not|n't|isn't|wasn't)|not)\\s+(?:really |entirely |totally |completely |strictly |technically |all |wholly |just )?(?:my fault|on me|down to me)\\b",
      ),
      rx('\\bthrough no fault of my own\\b|\\b(?:beyond|out of) my control\\b|\\bout of my hands\\b'),
    ],
  },
  {
    id: 'excuse.minimising',
    category: 'excuse',
    label: 'Playing it down',
    description: 'Phrases that shrink the mistake: "these things happen", "no harm done".',
    message: 'Playing the mistake down can feel dismissive; let the client decide how much it mattered.',
    patterns: [
      rx(
        "\\b(?:these things happen|it happens|mistakes happen|nobody's perfect|no one(?:'s| is) perfect|we all make mistakes|it's not a big deal|no harm done|not the end of the world)\\b",
      ),
    ],
  },
  {
    id: 'self-blame.character',
    category: 'self-blame',
    label: 'Harsh self-talk',
    description: 'Attacks on your own character: "I\'m so stupid", "I\'m a terrible assistant".',
    message: 'Talk about what happened, not about who you are; the mistake was a behaviour, not your character.',
    patterns: [
      rx(
        "\\bI(?:'m| am|\\s+(?:really|just|honestly|truly|clearly|obviously|seriously)\\s+am)\\s+(?:(?:[a-z]+ly|so|such|just|an absolute|a complete|a total|an utter|a real|such an?|an?|the)\\s+)*(?:stupid|useless|hopeless|incompetent|idiot|moron|dumb|thick|clueless|worthless|pathetic|failure|disaster|mess|joke|worst|rubbish|terrible|awful|horrible|embarrassment|liability|fool|dense|careless|scatterbrain(?:ed)?|not good enough|not cut out for this|no good)\\b(?:\\s+(?:assistant|va|virtual assistant|person|employee|worker|freelancer|at this|at my job))?",
      ),
      rx(
        '\\b(?:a|an)\\s+(?:bad|terrible|awful|horrible|rubbish|useless|hopeless|lousy|dreadful|incompetent)\\s+(?:assistant|va|virtual assistant|employee|worker|freelancer|professional|pa|secretary)\\b',
      ),
      rx(
        "\\bI (?:always|constantly|keep|only ever|never stop)\\s+(?:mess(?:ing)?|screw(?:ing)?|muck(?:ing)?|stuff(?:ing)?|foul(?:ing)?)\\s+(?:(?:things|everything|it|this|stuff|something)\\s+)?up\\b|\\bI always get (?:things|everything|it) wrong\\b|\\bI (?:can't|cannot|never) (?:do|get) anything right\\b|\\bI ruin everything\\b",
      ),
      rx('\\bI feel (?:so |such |really )?(?:like )?(?:an? )?(?:stupid|useless|idiot|failure|hopeless|incompetent|worthless|pathetic|fool)\\b'),
      rx('\\bI hate myself\\b|\\bwhat an idiot I am\\b|\\b(?:silly|stupid|dumb) me\\b'),
    ],
  },
  {
    id: 'overcompensation.waived-fee',
    category: 'overcompensation',
    label: 'Waiving your fee',
    description: 'Refunding, waiving, discounting or not invoicing your fee because of the mistake.',
    message: 'Waiving or refunding your fee is more than the mistake calls for and undervalues your work; fixing it properly is the professional remedy.',
    patterns: [
      rx(
        "\\b(?:waive|waiving|waived|write off|writing off|rip up|ripping up|tear up|tearing up)\\s+(?:(?:my|the|this|that|your|this month's|the month's|next month's|last month's|whole|entire|monthly)\\s+)*(?:invoice|fee|fees|bill|charges?|retainer)\\b",
      ),
      rx(
        "\\b(?:cancel|cancelling|canceling|scrap|scrapping|void|drop|dropping|forget(?: about)?|skip|skipping|bin|ignore|hold off on)\\s+(?:(?:my|the|your)\\s+)?(?:(?:this|next|last|the|whole) month's|monthly|(?:this|next|last) week's)\\s+(?:invoice|fee|fees|bill|charges?|retainer)\\b|\\b(?:waive|cancel|drop|scrap)\\s+(?:my\\s+)?(?:fee|fees|retainer)\\b",
      ),
      rx(
        "\\b(?:please don't|don't|do not|no need to|you don't (?:have|need) to)\\s+(?:worry about\\s+)?pay(?:ing)?\\s+(?:me\\b(?:\\s+for\\s+(?:this|the|that|last|next)\\s+(?:month|week))?|(?:for\\s+)?(?:this|the|that|my|last|next)\\s+(?:month|month's|week's|invoice|bill|retainer))",
      ),
      rx(
        '\\brefund(?:ing)?\\s+(?:you|your\\s+(?:money|fee|fees|payment|retainer|invoice))(?:\\s+(?:in full|fully|everything|the full amount|for (?:this|the|that|last) (?:month|week)))?',
      ),
      rx("\\brefund(?:ing)?\\s+(?:this|the|that|last|my|your)\\s+(?:month's\\s+|week's\\s+)?(?:retainer|fee|fees|invoice|payment|hours)\\b"),
      rx('\\b(?:give|offer|issue|send)\\s+you\\s+(?:a\\s+)?(?:full\\s+|complete\\s+|partial\\s+)?refund\\b'),
      rx('\\b(?:full|complete)\\s+refund\\s+(?:of|for|on)\\s+(?:this|the|that|my|your|last)\\s+(?:month|invoice|fee|retainer|week)'),
      rx(
        "\\b(?:won't|will not|'m not going to|am not going to|not going to|shan't|shall not)\\s+(?:be\\s+)?(?:charge|charging|bill|billing|invoice|invoicing)\\b(?:\\s+you)?",
      ),
      rx('\\bno (?:charge|fee|invoice|bill)\\b|\\bfree of charge\\b|\\bwithout (?:charging|billing|invoicing)\\b'),
      rx(
        '\\b(?:a|an)\\s+(?:\\d+\\s?%\\s+|\\d+ per ?cent\\s+|big\\s+|generous\\s+|hefty\\s+|special\\s+|goodwill\\s+)?discount\\b|\\b\\d+\\s?%\\s+off\\b|\\bhalf(?:-| )price\\b',
      ),
    ],
    accept: acceptOvercompensation,
  },
  {
    id: 'overcompensation.free-work',
    category: 'overcompensation',
    label: 'Free extra work',
    description: 'Offering free hours or work beyond putting the mistake right.',
    message: 'Offering free work beyond the fix overcompensates; putting this mistake right is enough.',
    patterns: [
      rx('\\bfor free\\b|\\bat no (?:extra |additional )?(?:cost|charge)\\b|\\bon the house\\b|\\bcomplimentary\\b|\\bgratis\\b'),
      rx(
        `\\b(?:(?:an? )?extra\\s+)?(?:${NUM}|extra|some|a few extra)\\s+(?:extra\\s+|free\\s+|more\\s+)?(?:hours?|days?|sessions?|weeks?)(?:\\s+of (?:work|help|admin))?\\s+(?:free|on me|on the house|at no (?:cost|charge)|gratis)\\b`,
      ),
      rx('\\bfree (?:hours?|work|session|sessions|day|days|week|month|admin|help)\\b'),
      rx("\\b(?:do|doing|handle|cover|take on|throw in)\\s+(?:[\\w'-]+\\s+){1,4}?free\\b|\\bmake (?:it|this|that) up to you\\b"),
      rx("\\b(?:this|the|next) (?:month|week)(?:'s)? (?:is|will be) (?:free|on me|on the house)\\b"),
    ],
    accept: acceptOvercompensation,
  },
  {
    id: 'blame-shifting.client',
    category: 'blame-shifting',
    label: 'Blaming the client',
    description: 'Putting the fault on the client: "you should have told me", "your instructions were confusing".',
    message: 'This places the fault on the client; even if the brief was unclear, own your part first and raise the process separately.',
    patterns: [
      rx(
        "\\byou (?:should|could|would|might)(?: have|'ve| of)\\s+(?:told|said|mentioned|let me know|checked|been (?:clearer|more specific|more clear)|explained|specified|flagged|warned|sent|given|made (?:it )?clear|noticed|reminded|double-checked|confirmed)\\b(?:\\s+me\\b)?",
      ),
      rx(
        "\\bif you(?:'d| had| would have|'d have)\\s+(?:(?:just|only|actually)\\s+)?(?:been(?:\\s+(?:(?:a bit|a little|much|more)\\s+)?(?:clearer|clear|specific|explicit|more specific|more precise))?|told|said|given|sent|made|explained|mentioned|let me know|specified|replied|answered|checked|asked|confirmed|included|provided|flagged|written|reminded)\\b(?:\\s+me\\b)?",
      ),
      rx(
        "\\byou (?:didn't|did not|never|forgot to|failed to|neglected to)\\s+(?:(?:actually|even|really|clearly|once)\\s+)?(?:tell|told|say|said|mention|mentioned|specify|specified|make it clear|made it clear|let me know|send|sent|explain|explained|confirm|confirmed|include|included|give|gave|flag|flagged|reply|replied|respond|responded|share|shared|warn|warned|remind|reminded|answer|answered|provide|provided)\\b(?:\\s+me\\b)?",
      ),
      rx(
        "\\b(?:your|the)\\s+(?:instructions|brief|email|message|notes|request|note|spec|specification|directions|explanation|wording|handwriting)\\s+(?:(?:you (?:sent|gave me|wrote))\\s+)?(?:was|were|is|are|seemed|looked)\\s+(?:(?:a bit|a little|quite|very|really|so|rather|pretty|somewhat|slightly|a tad)\\s+)*(?:confusing|unclear|vague|ambiguous|contradictory|misleading|wrong|incorrect|incomplete|hard to (?:follow|read|understand)|not clear|open to interpretation|inconsistent)\\b|\\b(?:your|the)\\s+(?:instructions|brief|email|message|notes|request|note|spec)\\s+(?:wasn't|weren't|isn't|aren't|was not|were not)\\s+(?:(?:very|entirely|totally|particularly|that|really|all that)\\s+)?(?:clear|specific|explicit|detailed|complete|accurate)\\b",
      ),
      rx(
        "\\byou (?:weren't|were not|wasn't|aren't) (?:\\w+ )?(?:clear|specific|explicit)\\b|\\byou (?:were|was) (?:\\w+ )?(?:unclear|vague|ambiguous|confusing)\\b",
      ),
      rx('\\b(?:the )?(?:mistake|error|problem|issue|confusion|mix-up)\\s+(?:was|is|came|comes|started)\\s+(?:in|with|from)\\s+your\\b'),
      rx('\\byou (?:gave|sent) me (?:the wrong|conflicting|incomplete|unclear|confusing)\\b|\\byou changed your mind\\b'),
      rx(
        '\\b(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+you\\s+(?:sent|gave|provided|wrote|forwarded|shared)(?:\\s+(?:me|us))?\\s+(?:was|were|is|are)\\s+(?:(?:a bit|slightly|quite|completely|totally|all)\\s+)?(?:wrong|out of date|outdated|incorrect|unclear|confusing|incomplete|misleading|old|the wrong)\\b',
      ),
      rx("\\byour\\s+(?:email|brief|note|notes|message|instructions|request)\\s+(?:didn't|did not|never)\\s+(?:say|mention|specify|include|make it clear)\\b"),
      rx(
        '\\bbut\\s+(?:your\\s+(?:email|brief|message|note|notes|instructions|request|spreadsheet|list)|you)\\s+(?:did\\s+|clearly\\s+|actually\\s+)?(?:say|said|says|asked for|specified|told me|wrote)\\b',
      ),
      rx(
        "\\bit wasn't clear from your\\b|\\bI (?:was )?(?:only|just|simply) (?:did|followed|following|doing) (?:exactly )?(?:what you (?:said|asked|told me|wrote)|your (?:instructions|brief))",
      ),
    ],
  },
  {
    id: 'vague-timeline.vague',
    category: 'vague-timeline',
    label: 'Vague timing',
    description: '"asap", "soon", "shortly", "at some point" without a day or time alongside.',
    message: 'This does not tell the client when to expect the fix; give a day or time instead.',
    patterns: [
      rx(
        "\\b(?:asap|as soon as (?:possible|I can|I'm able|I am able|humanly possible|I get (?:a|the) (?:chance|moment|minute)|I have (?:a moment|time|a minute|a chance))|shortly|in due course|at some point|sooner or later|before long|in the (?:near|not too distant) future|at a later date|when I (?:can|get (?:a|the) (?:chance|moment|minute)|have (?:a moment|time|a minute|a chance))|when possible|whenever (?:I can|possible)|(?:in|over|within) the (?:next|coming) (?:few|couple of) (?:days|weeks)|in the coming days|in a (?:bit|while|little while)|one of these days)\\b|\\ba\\.s\\.a\\.p\\.?",
      ),
      rx(
        '(?<!\\b(?:as|speak|talk|chat|see you|hear from you|catch up|get well|write|catch you|speak to you|talk to you|hope to see you)\\s)\\bsoon\\b(?!\\s+(?:as|after|enough)\\b)',
      ),
      rx(
        '(?<!\\b(?:\\d+|an?|one|two|three|few|several|some|minutes?|hours?|days?|weeks?|months?|years?|see you|talk|speak|chat|realised|realized|noticed|found out|discovered)\\s)\\blater\\b(?!\\s+(?:today|tonight|this|that|on|in the|than|tomorrow|next)\\b)',
      ),
      rx('\\b(?:eventually|sometime|some time)\\b(?!\\s+(?:today|tonight|this|tomorrow|on|next|before|by)\\b)'),
    ],
    accept: (m, doc) => {
      const sentence = sentenceOf(doc, m.start);
      if (test(TIME_EXPR, sentence)) return false;
      // "soon", "later", "eventually" are only a promise when the sentence is about what will happen.
      const word = doc.text.slice(m.start, m.end).toLowerCase();
      if (/^(?:soon|later|eventually|sometime|some time)$/.test(word)) return test(FUTURE_MARKER, sentence);
      return true;
    },
  },
  {
    id: 'hedging.qualifier',
    category: 'hedging',
    label: 'Hedging words',
    description: '"I think", "maybe", "hopefully", "I\'ll try to", "probably" where they weaken a commitment.',
    message: 'This softens your commitment; say plainly what you will do.',
    patterns: [
      rx('\\bI (?:think|guess|suppose|reckon|imagine|assume|believe)\\b|\\bI (?:may|might) have\\b'),
      rx('\\b(?:maybe|perhaps)\\b(?!\\s+you\\b)'),
      rx('\\b(?:possibly|probably|hopefully|fingers crossed)\\b'),
      rx(
        "\\bI(?:'ll| will| shall|'m going to| am going to)\\s+(?:(?:just|definitely|really)\\s+)?(?:try|attempt|do my best|do my utmost|endeavour|endeavor)(?:\\s+(?:to|and)\\b)?",
      ),
      rx("\\b(?:I'm|I am|I'll be|I will be) trying to\\b|\\bI(?:'m| am)? hoping to\\b|\\bI hope to\\b"),
      rx('\\b(?:might|may) be able to\\b|\\bif (?:all goes well|everything goes to plan|possible)\\b'),
    ],
  },
  {
    id: 'hedging.just',
    category: 'hedging',
    label: 'Tentative "just"',
    description: '"I just wanted to…", "it was just a typo": a "just" that sounds tentative or plays the mistake down.',
    message: '"Just" here makes the message sound tentative or plays the mistake down; it reads more confidently without it.',
    patterns: [
      rx(
        '\\bjust(?=\\s+(?:wanted|want|wanting|thought|think|need|needed|wondered|wondering|checking|letting|to (?:say|let|check|confirm|flag|mention|clarify|apologi[sz]e|follow up|explain)|a (?:small|little|minor|tiny|quick|simple|slight|silly|one-off|typo|blip|slip|misunderstanding)|an? (?:oversight|accident|honest mistake)|one (?:small|little|tiny|typo|mistake))\\b)',
      ),
      rx("(?<=\\b(?:it's|it was|that's|that was|it is|this was|this is|was)\\s)just\\b"),
    ],
    accept: (m, doc) => !/(?:have|'ve|has|'s|had|'d)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 8), m.start)),
  },
];

function acceptOvercompensation(m: Span, doc: Doc): boolean {
  const phrase = doc.text.slice(m.start, m.end);
  const sentence = doc.sentences.find((x) => m.start >= x.start && m.start < x.end) ?? { start: 0, end: doc.text.length };
  // Context without the matched words, so "won't bill" does not count as talk about a bill.
  const rest = `${doc.text.slice(sentence.start, m.start)} ${doc.text.slice(m.end, sentence.end)}`;
  const clause = `${clauseBefore(doc, m.start)} ${clauseAfter(doc, m.end)}`;
  const aboutFee = new RegExp(`\\b(?:months?|monthly|month's|retainer|invoices?|fees?|${MONTHS})\\b`, 'i');
  const beyondFix = /\b(?:extra|additional|bonus|whole|entire|everything|all your|another|more hours|free hours|as well)\b/i;
  const theFixItself =
    /\b(?:fix|fixing|fixed|correct|correcting|correction|corrections|redo|redoing|re-do|rebook|rebooked|rebooking|reschedul\w*|replac\w*|rework\w*|re-?send\w*|re-?issu\w*|restor\w*|recover\w*|amend\w*|redeliver\w*|sort(?:ing|ed)?\b|put(?:ting)? (?:it|this|that|things) right|the change|the time (?:I |it |we )?(?:spent|spend|takes?|took|needed))\b/i;
  // Only the VA giving up their own fee counts; a supplier's refund or an airline waiving a fee does not.
  const firstPerson = /\b(?:I|I'll|I'd|I'm|I've|me|my|myself)\b/i;
  const thirdParty =
    /\b(?:they|he|she|the [\w-]+|(?!(?:There|It|This|That|We|Let's)\b)[A-Z][\w-]+)\s+(?:will|'ll|has|have|had|confirmed|said|agreed|offered|is|are|was|were|can|could|would)\b/;
  const before = doc.text.slice(sentence.start, m.start);
  const isTheVa = (): boolean => {
    if (firstPerson.test(clause) || /\bpay(?:ing)?\b/i.test(phrase)) return true;
    if (thirdParty.test(clause)) return false;
    return aboutFee.test(clause) || aboutFee.test(phrase) || firstPerson.test(before);
  };
  if (!isTheVa()) return false;
  // Fee wording ("waive", "rip up", "don't pay", "refund you") is never about the fix itself.
  if (/waiv|rip|tear|write off|writing off|\bpay(?:ing)?\b|refund/i.test(phrase)) return true;
  if (aboutFee.test(rest) || beyondFix.test(rest)) return true;
  if (/\b(?:to make up for|as an apology|by way of (?:an )?apology|goodwill gesture|gesture of goodwill|to say sorry)\b/i.test(rest)) return true;
  // Not charging for the fix itself is ordinary professionalism. An offer with its own "I'll…" is judged on
  // its own clause; a trailing "at no cost to you" belongs to the action before it.
  const scope = /\bI(?:'ll|'m|'ve|'d)?\b/i.test(clause) ? clause : rest;
  return !theFixItself.test(scope);
}

// ---------- whole-text rules ----------

const OWNERSHIP_PATTERNS = [
  '\\bmy (?:own )?(?:[\\w-]+ )?(?:mistake|error|fault|oversight|slip|slip-up|mix-up|blunder|bad|mess-up|screw-up|failure|lapse|misunderstanding|miscalculation|typo|omission|carelessness)\\b',
  "\\b(?:that's|that is|this is|it's|it is|that was|this was|it was|that one's|(?:the|this|that) (?:mistake|error|fault) (?:is|was)|it's all|that's all)\\s+(?:(?:all|entirely|squarely|completely|totally|wholly|100%)\\s+)?on me\\b",
  '\\b(?:was|is|were|are)\\s+(?:all\\s+|entirely\\s+|completely\\s+)?mine\\b',
  '\\bI (?:take|accept|own|bear|assume) (?:full |complete |total |all (?:the )?|sole |the )?(?:responsibility|ownership|blame)\\b',
  '\\bI own (?:this|that|it|the mistake|my mistake|the error)\\b',
  "\\bI(?:'m| am) (?:fully |entirely |completely |solely )?(?:responsible|accountable|to blame|at fault)\\b",
  '\\bon my part\\b|\\bmea culpa\\b|\\bI dropped the ball\\b',
  '\\bI (?:made|caused|created|introduced|did) (?:a|an|the|this|that|two|several|some|another|one)\\s+(?:[\\w-]+\\s+){0,2}?(?:mistake|error|mess|slip|blunder|mix-up|typo|omission|oversight|muddle)s?\\b',
  "\\bI (?:(?:just|definitely|completely|totally|clearly)\\s+)?got\\s+(?:(?:[\\w'-]+\\s+){0,5}?(?:wrong|mixed up|muddled(?: up)?|confused|back to front)|(?:the|a) wrong)\\b",
  '\\bI (?:\\w+ )?(?:messed|slipped|mucked|screwed|fouled|cocked|stuffed)\\s+(?:\\w+\\s+)?up\\b',
  "\\bI (?:\\w+ )?(?:should(?: have|'ve| not have)|shouldn't have|ought to have)\\b",
  '\\bI (?:may|might|must) (?:well )?have (?!been\\b|had\\b)[a-z]',
  "\\bI (?:didn't|did not|failed to|forgot to|neglected to|omitted to)\\s+(?!have\\b|get (?:a|the|round|around)\\b|mean\\b|intend\\b|know\\b|realise\\b|realize\\b|think\\b|want\\b|see\\b|notice\\b|expect\\b)[a-z]",
  "\\bI (?:didn't|did not)(?=\\s*(?:[.,;!?)]|$))",
  "\\bI(?:'ve| have)? (?:accidentally|mistakenly|wrongly|inadvertently|carelessly|incorrectly|unintentionally|somehow|stupidly|foolishly) [a-z]",
  "\\bI(?:'ve| have) [\\w-]+ (?:\\w+ )?(?:the|your|a|an) wrong\\b",
  '\\bI was (?:(?:so|really|very|too|a bit|quite)\\s+)?(?:wrong|careless|sloppy|negligent|hasty|at fault|mistaken|responsible|to blame)\\b',
  // Any first-person past action, except noticing, feeling, excuses and fixes ("I deleted", "I mis-scheduled").
  `\\bI\\s+(?:(?:also|then|even|actually|completely|totally|somehow|accidentally|mistakenly|wrongly|clearly|obviously|inadvertently|stupidly|carelessly)\\s+)?(?!(?:${NOT_OWNERSHIP_PAST}|${FIX_PAST_ONLY})\\b)(?:[a-z][\\w'-]*ed|${IRREGULAR_PAST})\\b`,
  // Any first-person action followed by a sign that it was the mistake ("I confirmed 40 instead of 60").
  "\\bI\\s+(?!(?:am|was|were|have|had|think|thought|feel|felt|know|knew|hope|hoped|understand|realise|realised|realize|realized|noticed|saw|see|will|would|can|could|should|shall|do|believe|guess|suppose|apologi[sz]e|apologi[sz]ed|owe|appreciate|want|wanted|need|needed)\\b)[a-z][\\w'-]*\\b[^.!?;]{0,60}?\\b(?:wrong|by mistake|by accident|in error|instead of|rather than|without checking|too early|too late|a day early|a day late|incorrect(?:ly)?|should(?: have|'ve) been|when you(?:'d| had)? (?:said|asked for|wanted))\\b",
  '\\b(?:sorry|apologi[sz]e|apologies|apology)\\s+(?:for|about)\\s+(?:(?:not|accidentally|mistakenly|wrongly)\\s+)?(?!(?:any|every|some|no)thing\\b)[a-z]+ing\\b',
];

function ownsIt(doc: Doc): boolean {
  return OWNERSHIP_PATTERNS.some((source) => {
    for (const m of doc.text.matchAll(rx(source))) {
      if (!negatedBefore(doc, m.index)) return true;
    }
    return false;
  });
}

function hasTimeline(doc: Doc): boolean {
  if (hasDoneFix(doc.text)) return true;
  return doc.sentences.some((s) => {
    const sentence = doc.text.slice(s.start, s.end);
    return test(TIME_EXPR, sentence) && (hasAnyFix(sentence) || test(FUTURE_MARKER, sentence));
  });
}

interface WholeTextRule extends RuleDef {
  passes: (doc: Doc) => boolean;
}

const WHOLE_TEXT_RULES: WholeTextRule[] = [
  {
    id: 'missing-ownership.no-admission',
    category: 'missing-ownership',
    label: 'No ownership',
    description: 'The message never says plainly that the mistake was yours.',
    message: 'The message never says plainly that the mistake was yours, for example "I sent it to the wrong address".',
    passes: ownsIt,
  },
  {
    id: 'missing-fix.no-action',
    category: 'missing-fix',
    label: 'No fix',
    description: 'The message never says what you are doing to put it right.',
    message: 'The message does not say what you are doing to put it right.',
    passes: (doc) => hasAnyFix(doc.text),
  },
  {
    id: 'missing-timeline.no-deadline',
    category: 'missing-timeline',
    label: 'No timeline',
    description: 'The message never says by when the fix will be done.',
    message: 'The message does not say when the fix will be done, for example "by 3pm today".',
    passes: hasTimeline,
  },
];

const REPEATED: RuleDef = {
  id: 'over-apology.repeated',
  category: 'over-apology',
  label: 'Repeated apology',
  description: 'More than one apology in the message; every apology after the first is flagged.',
  message: 'You have already apologised once; a second apology starts to sound like the mistake is about you.',
};

const ALL_RULES: RuleDef[] = [REPEATED, ...PHRASE_RULES, ...WHOLE_TEXT_RULES];

/** Every rule, in display order, for a settings screen where each can be switched off. */
export const toneRules: { id: string; category: ToneCategory; label: string; description: string }[] = ALL_RULES.map(
  ({ id, category, label, description }) => ({ id, category, label, description }),
);

const finding = (rule: RuleDef, span: Span): ToneFinding => ({
  ruleId: rule.id,
  category: rule.category,
  start: span.start,
  end: span.end,
  message: rule.message,
});

/** Finds tone problems in an apology. Offsets are UTF-16 indices into `text`; results are sorted by start. */
export function checkApologyTone(text: string, options: ToneCheckOptions = {}): ToneFinding[] {
  if (text.trim() === '') return [];
  const disabled = new Set(options.disabledRules ?? []);
  if (options.channel === 'phone') disabled.add('missing-timeline.no-deadline');
  const enabled = (rule: RuleDef): boolean => !disabled.has(rule.id) && !disabled.has(rule.category);

  const norm = normalise(text);
  const doc: Doc = { text: norm, sentences: splitSentences(norm) };
  const findings: ToneFinding[] = [];

  if (enabled(REPEATED)) {
    for (const span of apologySpans(norm).slice(1)) findings.push(finding(REPEATED, span));
  }
  for (const rule of PHRASE_RULES) {
    if (!enabled(rule)) continue;
    for (const pattern of rule.patterns) {
      for (const m of norm.matchAll(pattern)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (span.end > span.start && (!rule.accept || rule.accept(span, doc))) findings.push(finding(rule, span));
      }
    }
  }
  for (const rule of WHOLE_TEXT_RULES) {
    if (enabled(rule) && !rule.passes(doc)) findings.push(finding(rule, { start: 0, end: text.length }));
  }
  return dedupeAndSort(findings);
}

function dedupeAndSort(findings: ToneFinding[]): ToneFinding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Overlapping matches of one rule (two patterns catching the same words) collapse into the longer one.
  const kept = unique.filter(
    (f) => !unique.some((g) => g !== f && g.ruleId === f.ruleId && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A short, calm summary such as "1 apology — good. 2 excuses. No timeline yet." */
export function summariseTone(text: string, findings: ToneFinding[]): string {
  if (text.trim() === '') return 'Nothing to check yet.';
  const count = (category: ToneCategory): number => findings.filter((f) => f.category === category).length;
  const has = (category: ToneCategory): boolean => count(category) > 0;
  const parts: string[] = [];

  const apologies = countApologies(text);
  const intensified = findings.some((f) => f.ruleId === 'over-apology.intensified');
  if (apologies === 0) parts.push('No apology yet.');
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
  if (findings.length === 0 && apologies === 1) parts.push('Clear and complete.');
  return parts.join(' ');
}
