// Sorts a closed incident's lesson (free text in the VA's own words) into a few plain categories, so
// Insights can show which kinds of lesson keep coming up. Keyword rules, first match wins: the incident
// flow stores no category of its own, and asking the VA for one more answer while closing would cost calm.
export const lessonCategories = [
  'confirm-in-writing',
  'ask-first',
  'backups-and-undo',
  'double-check',
  'time-and-pace',
  'tools-and-setup',
  'communication',
  'other',
] as const;
export type LessonCategory = (typeof lessonCategories)[number];

// Order matters: "check with the client" is asking first, not double-checking; "confirm in writing" wins over both.
const RULES: readonly [LessonCategory, RegExp][] = [
  ['confirm-in-writing', /\b(in writing|written|confirm\w*|sign[- ]?off|signed off|approv\w*)\b/],
  ['ask-first', /\b(ask\w*|clarif\w*|question\w*|check(?:ing)? with|assum\w*|unclear|unsure)\b/],
  ['backups-and-undo', /\b(back ?ups?|backed up|copy|copies|undo|restore\w*|export\w*|snapshot\w*|test (?:first|run|send))\b/],
  ['double-check', /\b(double[- ]?check\w*|re-?check\w*|re-?read\w*|proof\w*|review\w*|verif\w*|check\w*|look again|second look)\b/],
  ['time-and-pace', /\b(rush\w*|slow\w*|time|buffer\w*|deadline\w*|calendar\w*|schedul\w*|remind\w*|tired|late|earlier|hurr\w*|pace|breaks?)\b/],
  ['tools-and-setup', /\b(tools?|settings?|filters?|templates?|automat\w*|system\w*|software|apps?|spreadsheets?|formula\w*|mail merge|merge)\b/],
  ['communication', /\b(tell\w*|told|updates?|call\w*|emails?|messages?|let (?:them|the client|her|him) know|expectations?)\b/],
];

export function lessonCategory(lesson: string): LessonCategory {
  const text = lesson.toLocaleLowerCase('en-GB').replace(/[’']/g, "'");
  if (text.trim() === '') return 'other';
  for (const [category, pattern] of RULES) if (pattern.test(text)) return category;
  return 'other';
}
