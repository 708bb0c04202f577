// The "before you say yes" guard's own rules: what to recommend when the VA is not sure a request can
// be undone or backed up, and which paper-trail entries may already hold the client's question.
import type { PaperTrailEntry } from '../model/paperTrail';

/** The quick answers to "Can it be undone?" and "Is there a backup?". */
export type CheckChoice = 'yes' | 'no' | 'not-sure';
export const CHECK_CHOICES: readonly CheckChoice[] = ['yes', 'no', 'not-sure'];
export const CHECK_CHOICE_WORDS: Record<CheckChoice, string> = { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' };

/** The two checks about getting back what a "yes" might destroy. */
export type ReversibilityAnswers = { undo: CheckChoice | null; backup: CheckChoice | null };

export type QuickQuestionAdvice = { recommend: 'wait'; reasons: string[] } | { recommend: null; reasons: [] };

/**
 * "Wait: ask first" when the VA is not sure the work can be undone or that there is a backup, or knows
 * there is neither. Yes stays possible; it is just not what Steadyhand suggests.
 */
export function quickQuestionAdvice({ undo, backup }: ReversibilityAnswers): QuickQuestionAdvice {
  const reasons: string[] = [];
  if (undo === 'no' && backup === 'no') reasons.push('It cannot be undone and there is no backup.');
  if (undo === 'not-sure') reasons.push('You are not sure it can be undone.');
  if (backup === 'not-sure') reasons.push('You are not sure there is a backup.');
  return reasons.length > 0 ? { recommend: 'wait', reasons } : { recommend: null, reasons: [] };
}

/** The answer saved with the checks: the quick choice, then any detail the VA typed. */
export function checkAnswerText(choice: CheckChoice | null, detail: string): string {
  return [choice === null ? '' : CHECK_CHOICE_WORDS[choice], detail.trim()].filter(Boolean).join(': ');
}

const normalise = (text: string) => text.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

/**
 * Entries the client's question may already be logged as: received, not corrected later, newest first.
 * When the VA has typed or pasted the question, only entries holding the same words (or containing
 * them) are offered; before that, the latest few.
 */
export function matchingTrailEntries(question: string, entries: readonly PaperTrailEntry[], limit = 3): PaperTrailEntry[] {
  const corrected = new Set(entries.map((e) => e.correctsId).filter((x) => x !== null));
  const received = entries
    .filter((e) => e.direction === 'received' && e.trashedAt === null && !corrected.has(e.id))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
  const q = normalise(question);
  if (q === '') return received.slice(0, limit);
  const exact = received.filter((e) => normalise(e.words) === q);
  const containing = q.length >= 12 ? received.filter((e) => !exact.includes(e) && (normalise(e.words).includes(q) || q.includes(normalise(e.words)))) : [];
  return [...exact, ...containing].slice(0, limit);
}

/** The entry that holds exactly these words, if there is one: the guard reuses it instead of logging them again. */
export function sameWordsEntry(question: string, entries: readonly PaperTrailEntry[]): PaperTrailEntry | undefined {
  const q = normalise(question);
  return q === '' ? undefined : matchingTrailEntries(question, entries, 10).find((e) => normalise(e.words) === q);
}
