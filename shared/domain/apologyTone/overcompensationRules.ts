// Phrase rules for overcompensating: giving up your fee or offering free work beyond the fix itself.
import { MONTHS, NUM } from './lexicon';
import { clauseAfter, clauseBefore, rx } from './text';
import type { Doc, PhraseRule, Span } from './types';

export const OVERCOMPENSATION_RULES: PhraseRule[] = [
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
