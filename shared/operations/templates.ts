// Operations of the message templates (apologies, notices and replies) and the call script.
import { z } from 'zod';
import type { TrashReceipt } from './trash';
import { id, isoDateTime, longText, shortText } from '../model/common';
import type { PaperTrailEntry } from '../model/paperTrail';
import { templateChannel, templateFields, templateSituation, type TemplateView } from '../model/template';
import { byId, op } from './op';

export const callOutcome = z.enum(['spoke', 'left-voicemail', 'no-answer']);
export type CallOutcome = z.infer<typeof callOutcome>;

const finalText = longText('The message').refine((v) => v.trim().length > 0, 'There is nothing to save yet.');

export const templateOperations = {
  /** Built-ins (as shipped or as edited) and the VA's own, searchable and filterable. */
  list: op(z.object({ query: shortText('Search').optional(), situation: templateSituation.optional(), channel: templateChannel.optional() }).strict()).returns<
    TemplateView[]
  >(),
  get: op(byId).returns<TemplateView>(),
  create: op(z.object({ fields: templateFields }).strict()).returns<TemplateView>(),
  /** Editing a built-in stores an edited copy (an override); the built-in keeps its id. */
  update: op(z.object({ id, fields: templateFields }).strict()).returns<TemplateView>(),
  duplicate: op(byId).returns<TemplateView>(),
  /** Back to the words we ship; the edited copy goes to the trash, so it can be restored. */
  resetBuiltIn: op(byId).returns<TemplateView>(),
  /** The VA's own templates only; a built-in cannot be deleted, only reset. */
  trash: op(byId).returns<TrashReceipt>(),
  /** Saves the final words, as sent, to the client's (and brief's) paper trail. */
  markSent: op(
    z
      .object({
        clientId: id,
        briefId: id.nullable(),
        templateId: id.nullable(),
        channel: templateChannel,
        subject: shortText('Subject').optional(),
        text: finalText,
        sentAt: isoDateTime.optional(),
      })
      .strict(),
  ).returns<PaperTrailEntry>(),
  /** A call made with the call script: when, how it went and the notes, to the paper trail. */
  logCall: op(
    z
      .object({
        clientId: id,
        briefId: id.nullable(),
        calledAt: isoDateTime,
        outcome: callOutcome,
        notes: longText('Notes'),
      })
      .strict(),
  ).returns<PaperTrailEntry>(),
} as const;
