// The risky words of each kind (deleting, bulk, money, sending, access, outsiders) as Unicode-aware patterns.
import type { RiskFlagKind } from './kinds';
import { _, DET, ITEM_NOUNS, OPTIONAL_ADJECTIVE, SPELLED_TENS, WORD_CHAR, wb } from './patternParts';

interface KeywordPattern {
  kind: RiskFlagKind;
  re: RegExp;
}

// One regex per alternative: inside a single alternation the first branch wins, which would hide a
// longer phrase starting at the same place ("2FA" vs "2FA code"); overlaps are merged later instead.
const patterns = (kind: RiskFlagKind, sources: string[], flags = 'giu'): KeywordPattern[] =>
  sources.map((source) => ({ kind, re: new RegExp(wb(source), flags) }));

export const KEYWORD_PATTERNS: readonly KeywordPattern[] = [
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
