// Word lists the tone rules are built from: dates, fix verbs, ownership verbs, and what does not count as either.

export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
export const WEEKDAYS = 'monday|tuesday|wednesday|weds|thursday|friday|saturday|sunday';
export const NUM = '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|ten|twelve|twenty-four|48|half an?|a couple of|a few)';

// Participles that describe putting the mistake right ("has been restored", "will be sorted").
export const FIX_DONE =
  'restored|corrected|fixed|resent|re-sent|sent|updated|recovered|amended|rebooked|re-booked|rescheduled|reversed|undone|contacted|called|phoned|emailed|sorted|redone|re-done|reworked|rerun|re-run|checked|double-checked|rechecked|re-checked|replaced|reissued|re-issued|recalled|rebuilt|reinstated|followed up|chased|confirmed|drafted|prepared|finished|completed|delivered|submitted|uploaded|re-uploaded|moved|added|removed|set up|reviewed|rewritten|changed|exchanged|returned|retrieved|renewed|paid|filed|forwarded|booked|reordered|repaired|adjusted|edited|revised|processed|arranged|notified|informed|escalated|recreated|re-entered|attached|put right|dealt with|resolved|rectified|collected|shipped|posted|credited|refunded';
// Simple past counts as a fix only for verbs that can only mean "put right"; "I sent" is usually the mistake.
export const FIX_PAST_ONLY =
  'restored|corrected|fixed|renewed|resent|re-sent|recovered|amended|rebooked|rescheduled|reversed|reissued|re-issued|recalled|reinstated|rectified|redid|re-did|rewrote|rebuilt|re-ran|reran|retrieved|repaired|undid|re-uploaded|re-entered|recreated|resolved';
// Verbs a third party uses when they carry out the fix ("the courier will collect it").
export const THIRD_PARTY_FIX =
  'collect|deliver|arrive|ship|follow|go out|land|reach you|refund|credit|replace|reissue|resend|send|call|ring|contact|email|reply|swap|pick (?:it |them )?up|come back|process|correct|fix|restore|update|confirm|rebook|reschedule|cancel|remove|delete|return';
// Irregular past forms, for the generic "I <did something>" grammar.
export const IRREGULAR_PAST =
  "sent|put|forgot|left|lost|gave|wrote|took|made|broke|set|let|hit|chose|overwrote|misread|misheard|mislaid|misled|upset|shut|cut|spelt|misspelt|ran|bought|paid|mistook|sold|tore|threw|blew|struck|cc'd|bcc'd|ccd|went ahead";
// Past tenses that are not an admission: noticing, feeling, excuses, contacting people, or fixes.
export const NOT_OWNERSHIP_PAST =
  'was|were|had|noticed|realised|realized|saw|thought|wanted|hoped|checked|called|phoned|rang|contacted|spoke|messaged|texted|asked|tried|needed|felt|knew|understood|heard|learned|learnt|meant|got|did|received|started|finished|rushed|overslept|assumed|believed|guessed|supposed|decided|agreed|apologised|apologized|said|told|followed|worked|spent|stayed|waited|looked|searched|found|managed|updated|moved|fixed|sorted|corrected|arranged|replaced|amended|resent|rescheduled|rebooked|restored|recovered|reissued|renewed|confirmed|cancelled|canceled|changed|double-checked|emailed|reached|went|came|owed|appreciated|expected|seemed|used to|liked|loved|hated|promised';
// Present perfects that are not a fix: feelings, noticing, or the mistake itself.
export const NOT_A_FIX_DONE =
  'been|had|learned|learnt|noticed|realised|realized|seen|heard|thought|felt|known|wanted|tried|lost|missed|forgotten|forgot|deleted|overwritten|broken|messed|mixed|muddled|confused|caused|let|ruined|failed|neglected|overlooked|misread|misunderstood|mis[a-z-]+|double-booked|double-charged|upset|disappointed|inconvenienced|dropped|got|apologi[sz]ed|owned|admitted|understood|reflected|decided|waived|refunded|always|never|accidentally|mistakenly|wrongly|inadvertently|somehow|clearly|obviously|put you|made (?:a|an|this|that|the|such a|another|two|some)\\s+(?:[\\w-]+\\s+)?(?:mistakes?|errors?|mess|blunder|hash)|taken (?:full |complete )?responsibility|given you';
export const PAST_PARTICIPLE =
  '[a-z][\\w-]*(?:ed|en)|sent|resent|re-sent|put|set|found|made|told|spoken|rung|run|rerun|re-run|split|done|redone|re-done|written|rewritten|paid|taken|built|rebuilt|brought|bought|dealt with|read|sought|held|cut|shut|undone|drawn up|kept';
// Words after "I'll" that are promises about the future, feelings or offers rather than a fix.
export const WILL_ADVERBS =
  'now|then|also|immediately|personally|definitely|first|just|try to|try and|hopefully|probably|make sure to|aim to|do my best to|go ahead and|get on and|quickly|straight away|happily|gladly|certainly|absolutely';
export const NOT_A_FIX_AFTER_WILL =
  "be|never|not|always|only|see|imagine|assure|promise|honestly|learn|remember|understand|feel|need|owe|admit|accept|apologi[sz]e|say|charge|bill|invoice|refund|waive|knock|throw|let you know|keep you (?:posted|updated|informed)|make (?:it )?up|make sure (?:it|this|that) (?:doesn't|does not|won't|will not|never)|ensure (?:it|this|that)|do better|try harder|take (?:more )?care|pay (?:more |closer )?attention|take (?:full |complete )?responsibility|give you (?!a (?:call|ring))|work for free|keep (?:this|that|it) in mind";
export const PREVENTION_TAIL = /\b(?:in (?:the )?future|next time|from now on|going forward|in future|again)\b/i;

// Words that pile up an apology ("so so sorry"); the strong ones intensify it on their own.
export const INTENSIFIER =
  'so+|very|really|truly|deeply|terribly|awfully|incredibly|extremely|sincerely|genuinely|profoundly|dreadfully|hugely|massively|super|utterly|most|honestly|unbelievably|immensely|desperately|horribly';
export const STRONG_INTENSIFIER =
  'terribly|awfully|dreadfully|incredibly|extremely|hugely|massively|super|so{3,}|unbelievably|profoundly|desperately|horribly|immensely|eternally|endlessly|beyond';
