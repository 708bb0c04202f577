// Whole-text rules: a message with no ownership, no fix or no by-when anywhere in it.
import { FUTURE_MARKER, hasAnyFix, hasDoneFix, TIME_EXPR } from './fixSignals';
import { FIX_PAST_ONLY, IRREGULAR_PAST, NOT_OWNERSHIP_PAST } from './lexicon';
import { negatedBefore, rx, test } from './text';
import type { Doc, RuleDef } from './types';

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

export const WHOLE_TEXT_RULES: WholeTextRule[] = [
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
