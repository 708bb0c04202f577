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

import { apologySpans } from './apologyTone/apologies';
import { PHRASE_RULES } from './apologyTone/phraseRules';
import { normalise, splitSentences } from './apologyTone/text';
import type { Doc, RuleDef, Span, ToneCategory, ToneCheckOptions, ToneFinding } from './apologyTone/types';
import { WHOLE_TEXT_RULES } from './apologyTone/wholeText';

export type { ToneCategory, ToneCheckOptions, ToneFinding } from './apologyTone/types';
export { countApologies } from './apologyTone/apologies';
export { summariseTone } from './apologyTone/summary';

const REPEATED: RuleDef = {
  id: 'over-apology.repeated',
  category: 'over-apology',
  label: 'Repeated apology',
  description: 'More than one apology in the message; every apology after the first is flagged.',
  message: 'You have already apologised once; a second apology starts to sound like the mistake is about you.',
};

// A part still in [brackets] is unfinished: a template's gap, or a note to self. Never sent as it is.
const GAP: RuleDef = {
  id: 'unfinished.gap',
  category: 'unfinished',
  label: 'Gap still to fill',
  description: 'A part still in [brackets], such as a template gap, is flagged until it is filled in.',
  message: 'Fill in the parts in [brackets] before you send it.',
};

const ALL_RULES: RuleDef[] = [REPEATED, ...PHRASE_RULES, ...WHOLE_TEXT_RULES, GAP];

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
  const disabled = new Set<string>([...(options.disabledRules ?? []), ...(options.disabledCategories ?? [])]);
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
  if (enabled(GAP)) {
    for (const m of text.matchAll(/\[[^\]\n]{1,160}\]/g)) findings.push(finding(GAP, { start: m.index, end: m.index + m[0].length }));
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
