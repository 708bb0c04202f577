// Message templates: the VA's own templates and their edited copies of built-ins. Built-ins live in code.
import { z } from 'zod';
import { id, longText, recordMeta, requiredShortText, shortText } from './common';

/** The situations the library covers; the last two are not apologies (see domain/templates/toneOptions.ts). */
export const templateSituation = z.enum([
  'missed-deadline',
  'wrong-data',
  'lost-data',
  'wrong-recipient',
  'misunderstood-brief',
  'late-reply',
  'beyond-spec',
  'done-as-instructed',
]);
export type TemplateSituation = z.infer<typeof templateSituation>;

export const templateChannel = z.enum(['email', 'chat', 'phone', 'voicemail']);
export type TemplateChannel = z.infer<typeof templateChannel>;

export const situationLabels: Record<TemplateSituation, string> = {
  'missed-deadline': 'Missed deadline',
  'wrong-data': 'Wrong data or entry',
  'lost-data': 'Deleted or lost data',
  'wrong-recipient': 'Sent to the wrong person',
  'misunderstood-brief': 'Misunderstood brief',
  'late-reply': 'Late reply',
  'beyond-spec': 'Request beyond the agreed work',
  'done-as-instructed': 'Done as instructed',
};

export const templateChannelLabels: Record<TemplateChannel, string> = {
  email: 'Email',
  chat: 'Chat or DM',
  phone: 'Phone script',
  voicemail: 'Voicemail',
};

export const templateFields = z.object({
  name: requiredShortText('The template name'),
  situation: templateSituation,
  channel: templateChannel,
  /** Email subject line; empty for the other channels. */
  subject: shortText('Subject'),
  body: longText('The message').refine((v) => v.trim().length > 0, 'Write the message.'),
});
export type TemplateFields = z.infer<typeof templateFields>;

/**
 * A stored template. `builtInId` set means it is the VA's edited copy of that built-in (an override);
 * resetting the built-in moves the override to the trash. `null` means the VA's own template.
 */
export const storedTemplate = templateFields.extend({
  ...recordMeta,
  builtInId: id.nullable(),
});
export type StoredTemplate = z.infer<typeof storedTemplate>;

export const templateCollections = {
  templates: z.array(storedTemplate).default([]),
};

/** What the library shows: a built-in (as shipped or as edited) or one of the VA's own. */
export interface TemplateView extends TemplateFields {
  /** For built-ins the built-in's id, stable whether edited or not; for the VA's own, the record id. */
  id: string;
  kind: 'built-in' | 'custom';
  /** A built-in the VA has edited (an override is stored). */
  edited: boolean;
  updatedAt: string | null;
}

export const BUILT_IN_PREFIX = 'builtin-';
