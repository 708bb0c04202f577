// Phrase rules for excuses: being busy, blaming tools, health, "not my fault" and playing the mistake down.
import { rx } from './text';
import type { PhraseRule } from './types';

export const EXCUSE_RULES: PhraseRule[] = [
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
];
