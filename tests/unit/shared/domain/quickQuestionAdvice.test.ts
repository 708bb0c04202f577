import { describe, expect, it } from 'vitest';
import { checkAnswerText, matchingTrailEntries, quickQuestionAdvice, sameWordsEntry } from '../../../../shared/domain/quickQuestionAdvice';
import type { PaperTrailEntry } from '../../../../shared/model/paperTrail';

function entry(id: string, words: string, receivedAt: string, more: Partial<PaperTrailEntry> = {}): PaperTrailEntry {
  return {
    id,
    words,
    receivedAt,
    channel: 'email',
    sourceRef: '',
    confirmedInWriting: false,
    direction: 'received',
    clientId: 'c1',
    briefId: null,
    correctsId: null,
    createdAt: receivedAt,
    trashedAt: null,
    trashBatchId: null,
    ...more,
  };
}

describe('quickQuestionAdvice', () => {
  it('says wait when the VA is not sure it can be undone, or not sure of a backup', () => {
    expect(quickQuestionAdvice({ undo: 'not-sure', backup: 'yes' })).toEqual({ recommend: 'wait', reasons: ['You are not sure it can be undone.'] });
    expect(quickQuestionAdvice({ undo: 'yes', backup: 'not-sure' })).toEqual({ recommend: 'wait', reasons: ['You are not sure there is a backup.'] });
    expect(quickQuestionAdvice({ undo: 'not-sure', backup: 'not-sure' }).reasons).toHaveLength(2);
  });

  it('says wait when it cannot be undone and there is no backup', () => {
    expect(quickQuestionAdvice({ undo: 'no', backup: 'no' })).toEqual({ recommend: 'wait', reasons: ['It cannot be undone and there is no backup.'] });
  });

  it('recommends nothing when there is a way back, or before the questions are answered', () => {
    expect(quickQuestionAdvice({ undo: 'yes', backup: 'no' }).recommend).toBeNull();
    expect(quickQuestionAdvice({ undo: 'no', backup: 'yes' }).recommend).toBeNull();
    expect(quickQuestionAdvice({ undo: null, backup: null }).recommend).toBeNull();
  });

  it('saves the choice and the detail together', () => {
    expect(checkAnswerText('not-sure', '')).toBe('Not sure');
    expect(checkAnswerText('yes', ' Gmail keeps it for 30 days ')).toBe('Yes: Gmail keeps it for 30 days');
    expect(checkAnswerText(null, '')).toBe('');
  });
});

describe('matchingTrailEntries', () => {
  const entries = [
    entry('old', 'Can you delete the Newsletters label?', '2026-11-20T09:00:00.000Z'),
    entry('new', 'Could you also pay the £80 renewal?', '2026-12-01T09:00:00.000Z'),
    entry('sent', 'Yes, done.', '2026-12-01T10:00:00.000Z', { direction: 'sent' }),
    entry('gone', 'Can you delete the Newsletters label?', '2026-12-01T11:00:00.000Z', { trashedAt: '2026-12-01T12:00:00.000Z' }),
    entry('fixed', 'Please delete the Archive label', '2026-11-01T09:00:00.000Z'),
    entry('fix', 'Please delete the Archive label too', '2026-11-02T09:00:00.000Z', { correctsId: 'fixed' }),
  ];

  it('offers the latest received entries before anything is typed, never sent, trashed or corrected ones', () => {
    expect(matchingTrailEntries('', entries).map((e) => e.id)).toEqual(['new', 'old', 'fix']);
  });

  it('offers only the entries holding the same words once the question is typed', () => {
    expect(matchingTrailEntries('can you delete the  newsletters label?', entries).map((e) => e.id)).toEqual(['old']);
    expect(matchingTrailEntries('delete the Newsletters label', entries).map((e) => e.id)).toEqual(['old']);
    expect(matchingTrailEntries('Something else entirely', entries)).toEqual([]);
  });

  it('finds the entry with exactly these words, ignoring case and spacing', () => {
    expect(sameWordsEntry('Can you delete the newsletters label?\n', entries)?.id).toBe('old');
    expect(sameWordsEntry('delete the Newsletters label', entries)).toBeUndefined();
    expect(sameWordsEntry('', entries)).toBeUndefined();
  });
});
