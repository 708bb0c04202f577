// Operations of the quick-question guard: a client's quick question and the VA's considered answer, logged together.
import { z } from 'zod';
import { channel, id, isoDateTime, longText } from '../model/common';
import type { PaperTrailEntry } from '../model/paperTrail';
import { op } from './op';

export const quickQuestionDecision = z.enum(['yes', 'not-yet', 'no']);
export type QuickQuestionDecision = z.infer<typeof quickQuestionDecision>;

const checkAnswer = (label: string) =>
  z
    .string()
    .max(1_000, `${label} can be at most 1,000 characters.`)
    .transform((v) => v.trim());

export const quickQuestionChecks = z.object({
  affects: checkAnswer('What it affects'),
  undo: checkAnswer('Whether it can be undone'),
  backup: checkAnswer('The backup'),
  agreed: checkAnswer('Whether it was agreed'),
});
export type QuickQuestionChecks = z.infer<typeof quickQuestionChecks>;

export const quickQuestionOperations = {
  /**
   * Saves a client's quick question to the paper trail exactly as received, and the VA's answer (with the checks
   * made) as a sent entry beside it, in one write. A question already logged (`questionEntryId`, or the same words
   * at the same time) is not logged again.
   */
  record: op(
    z
      .object({
        clientId: id,
        briefId: id.nullable(),
        question: longText('The question').refine((v) => v.trim().length > 0, 'Paste or type the client’s question.'),
        channel,
        receivedAt: isoDateTime,
        checks: quickQuestionChecks,
        decision: quickQuestionDecision,
        reply: longText('Your reply'),
        /** The client's question is already in the paper trail as this entry: only the answer is added. */
        questionEntryId: id.nullable().optional(),
      })
      .strict(),
  ).returns<{ question: PaperTrailEntry; answer: PaperTrailEntry }>(),
} as const;
