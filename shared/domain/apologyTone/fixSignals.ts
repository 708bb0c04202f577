// Recognises a fix (done, in progress or promised) and a concrete time, for the whole-text and timing rules.
import {
  FIX_DONE,
  FIX_PAST_ONLY,
  MONTHS,
  NOT_A_FIX_AFTER_WILL,
  NOT_A_FIX_DONE,
  NUM,
  PAST_PARTICIPLE,
  PREVENTION_TAIL,
  THIRD_PARTY_FIX,
  WEEKDAYS,
  WILL_ADVERBS,
} from './lexicon';
import { rx, splitSentences, test } from './text';

export const TIME_EXPR = [
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

export const FUTURE_MARKER = "\\b(?:will|'ll|shall|going to)\\b|\\bI(?:'m| am) (?:now |currently )?[a-z]+ing\\b";
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

export const hasDoneFix = (s: string): boolean =>
  DONE_FIX_PATTERNS.some((p) => test(p, s)) || sentencesOf(s).some((x) => test(SUBJECTLESS_DONE, x) || test(SUBJECTLESS_GENERIC, x));

export function hasAnyFix(s: string): boolean {
  if (hasDoneFix(s)) return true;
  if ([FUTURE_FIX, PROGRESSIVE_FIX].some((p) => matchesOutsidePrevention(p, s))) return true;
  if ([THIRD_PARTY_FUTURE, YOU_WILL_HAVE].some((p) => test(p, s))) return true;
  return sentencesOf(s).some((x) => test(SUBJECTLESS_FIX, x) || (test(SCHEDULED, x) && test(TIME_EXPR, x)));
}
