// Every phrase rule in display order: over-apology, excuses, self-blame, overcompensation, blame, timing and hedging.
import { EXCUSE_RULES } from './excuseRules';
import { FUTURE_MARKER, TIME_EXPR } from './fixSignals';
import { INTENSIFIER, STRONG_INTENSIFIER } from './lexicon';
import { OVERCOMPENSATION_RULES } from './overcompensationRules';
import { rx, sentenceOf, test } from './text';
import type { PhraseRule } from './types';

const OVER_APOLOGY_RULES: PhraseRule[] = [
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
];

const SELF_BLAME_RULES: PhraseRule[] = [
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
];

const BLAME_SHIFTING_RULES: PhraseRule[] = [
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
];

const VAGUE_TIMELINE_RULES: PhraseRule[] = [
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
];

const HEDGING_RULES: PhraseRule[] = [
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

export const PHRASE_RULES: PhraseRule[] = [
  ...OVER_APOLOGY_RULES,
  ...EXCUSE_RULES,
  ...SELF_BLAME_RULES,
  ...OVERCOMPENSATION_RULES,
  ...BLAME_SHIFTING_RULES,
  ...VAGUE_TIMELINE_RULES,
  ...HEDGING_RULES,
];
