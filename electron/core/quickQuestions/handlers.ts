// The quickQuestions subject (operations in shared/operations/quickQuestions.ts): the "before you say yes"
// guard logs a client's quick question exactly as received and the VA's considered answer beside it.
import { quickQuestionAnswerWords } from '../../../shared/domain/clarificationMessages';
import { ApiError } from '../../../shared/envelope';
import type { PaperTrailEntry } from '../../../shared/model/paperTrail';
import { type FoundationServices, type ServiceContext, notFound } from '../context';
import type { HandlersFor } from '../dispatcher';
import { subjectHandlers, writes } from '../operations';

export const QUICK_QUESTION_SOURCE = 'Before you say yes';

export function quickQuestionHandlers(ctx: ServiceContext, services: FoundationServices): HandlersFor<'quickQuestions'> {
  /** The client's question when it is already in their paper trail: the entry named, or the same words at the same time. */
  const loggedQuestion = (clientId: string, entryId: string | null, words: string, receivedAt: string): PaperTrailEntry | undefined => {
    if (entryId !== null) {
      const named = ctx.db.data.paperTrail.find((e) => e.id === entryId && e.trashedAt === null);
      if (named === undefined) throw notFound('paper-trail entry');
      if (named.clientId !== clientId || named.direction !== 'received') {
        throw new ApiError('invalid_input', 'That paper-trail entry is not a message from this client.', {
          fields: { questionEntryId: 'Choose one of this client’s messages.' },
        });
      }
      return named;
    }
    const at = Date.parse(receivedAt);
    return ctx.db.data.paperTrail.find(
      (e) =>
        e.clientId === clientId && e.trashedAt === null && e.direction === 'received' && e.words.trim() === words.trim() && Date.parse(e.receivedAt) === at,
    );
  };

  return subjectHandlers(ctx, 'quickQuestions', {
    record: writes(['briefs'], async ({ clientId, briefId, question, channel, receivedAt, checks, decision, reply, questionEntryId }) => {
      if (decision === 'yes') {
        const missing = Object.entries(checks)
          .filter(([, v]) => v === '')
          .map(([k]) => [`checks.${k}`, 'Answer this before you say yes.'] as const);
        if (missing.length > 0) {
          throw new ApiError('invalid_input', 'Answer the four questions before you say yes.', { fields: Object.fromEntries(missing) });
        }
      }
      const answerFields = {
        receivedAt: ctx.now().toISOString(),
        channel,
        direction: 'sent' as const,
        words: quickQuestionAnswerWords({ checks, decision, reply }),
        sourceRef: QUICK_QUESTION_SOURCE,
        confirmedInWriting: false,
      };
      // The client's words are logged once: an entry already in the trail is pointed at, not copied.
      const logged = loggedQuestion(clientId, questionEntryId ?? null, question, receivedAt);
      if (logged !== undefined) {
        const answer = await services.paperTrail.add({ clientId, briefId, fields: answerFields });
        return { question: logged, answer };
      }
      // Two entries, as the exchange happened: the client's words exactly as received, then the VA's answer (sent now).
      const [asked, answered] = await services.paperTrail.addExchange({
        clientId,
        briefId,
        entries: [
          { receivedAt, channel, direction: 'received', words: question.trim(), sourceRef: QUICK_QUESTION_SOURCE, confirmedInWriting: false },
          answerFields,
        ],
      });
      return { question: asked!, answer: answered! };
    }),
  });
}
