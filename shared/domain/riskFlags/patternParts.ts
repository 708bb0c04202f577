// Regex building blocks shared by the risky-word patterns, the number scanner and the figure parser.
// Boundaries are Unicode-aware so "allocate" is not "all" and "café" is one word.

export const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
// One space run or a single hyphen: kept unambiguous so long runs of dashes or spaces cannot backtrack badly.
export const _ = String.raw`(?:[\s\u00A0]*-[\s\u00A0]*|[\s\u00A0]+)`;
export const wb = (source: string): string => String.raw`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
export const alt = (...parts: string[]): string => parts.join('|');
export const DET = String.raw`(?:the|a|an|my|your|his|her|their|our|its|this|that|these|those|client['’]s)`;

const words = (list: string): string => list.trim().split(/\s+/).join('|');

// Things that get counted: "6,000 emails", "300 contacts".
export const ITEM_NOUNS = words(`
  e-?mails? mails messages contacts files documents docs records rows entries items subscribers customers clients
  users accounts invoices photos images pictures videos attachments threads conversations chats orders products
  listings posts events meetings appointments bookings tasks tickets cards leads people recipients members followers
  folders labels tags notes spreadsheets sheets transactions receipts payments comments reviews subscriptions drafts
  newsletters campaigns texts sms calls voicemails letters forms submissions responses applications candidates
  employees staff patients students donors guests attendees names addresses pages slides lines
`);

export const SPELLED_TENS = alt(
  words('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'),
  String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?`,
);
export const OPTIONAL_ADJECTIVE = String.raw`(?:[\p{L}][\p{L}'’]*${_})?`;

// Currency marks, before or after a number.
export const CURRENCY_SYMBOL = String.raw`(?:US|AU|A|CA|C|NZ)\$|[£€$¥₹]`;
export const CURRENCY_CODE = 'GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|INR';
export const CURRENCY_WORD = String.raw`pounds?|quid|sterling|dollars?|euros?`;
