// Stored records of the clarification checklist: the template items (global and per client) and the
// items copied onto each brief. Every collection and field has a default so older files parse unchanged.
import { z } from 'zod';
import { builtInTemplateItems } from '../domain/checklistBuiltIns';
import { id, isoDateTime, longText, requiredShortText, shortText } from './common';

export const MAX_CHECKLIST_ANSWER = 4_000;

export const checklistScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('global') }).strict(),
  z.object({ kind: z.literal('client'), clientId: id }).strict(),
]);
export type ChecklistScope = z.infer<typeof checklistScope>;

export const checklistItemLabel = requiredShortText('The item');
export const checklistItemWhy = z
  .string()
  .max(500, 'The “why” can be at most 500 characters.')
  .transform((v) => v.trim());
/** How the item is asked of the client in a clarification message; empty means it is a check for the VA alone. */
export const checklistClientQuestion = z
  .string()
  .max(300, 'The question can be at most 300 characters.')
  .transform((v) => v.trim());

/** One item of a checklist template. Never deleted: retiring keeps it for briefs that already use it. */
export const checklistTemplateItem = z.object({
  id,
  scope: checklistScope,
  /** Set for the items Steadyhand ships with, so features can recognise them (e.g. "confirmed in writing"). */
  builtInKey: z.string().max(40).nullable(),
  label: checklistItemLabel,
  why: checklistItemWhy,
  clientQuestion: checklistClientQuestion,
  requiredBeforeStart: z.boolean(),
  order: z.number().int(),
  /** Goes up by one each time the wording or the required flag changes. */
  version: z.number().int().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  retiredAt: isoDateTime.nullable(),
});
export type ChecklistTemplateItem = z.infer<typeof checklistTemplateItem>;

export const checklistItemState = z.enum(['open', 'done', 'not-needed']);
export type ChecklistItemState = z.infer<typeof checklistItemState>;

/**
 * An item as it stands on one brief: a copy of the template item's wording at `templateVersion`, plus the
 * VA's tick and answer. `id` is the template item's id, or the brief's own id for a one-off item.
 */
export const briefChecklistItem = z.object({
  id,
  source: z.enum(['global', 'client', 'brief']),
  templateVersion: z.number().int().min(1).nullable(),
  builtInKey: z.string().max(40).nullable().default(null),
  label: checklistItemLabel,
  why: checklistItemWhy.default(''),
  clientQuestion: checklistClientQuestion.default(''),
  requiredBeforeStart: z.boolean(),
  state: checklistItemState.default('open'),
  answer: z.string().max(MAX_CHECKLIST_ANSWER).default(''),
  updatedAt: isoDateTime.nullable().default(null),
});
export type BriefChecklistItem = z.infer<typeof briefChecklistItem>;

export const checklistOverride = z.object({
  reason: longText('The reason'),
  at: isoDateTime,
  /** The required items that were still open when the VA started anyway. */
  openItems: z.array(z.string().max(200)).default([]),
});
export type ChecklistOverride = z.infer<typeof checklistOverride>;

/** The checklist part of a brief (the brief model carries it as `checklist`). */
export const briefChecklist = z.object({
  items: z.array(briefChecklistItem).default([]),
  override: checklistOverride.nullable().default(null),
  /** The paper-trail entry in which the client confirmed the brief in writing. */
  confirmedEntryId: id.nullable().default(null),
});
export type BriefChecklist = z.infer<typeof briefChecklist>;

export function emptyBriefChecklist(): BriefChecklist {
  return { items: [], override: null, confirmedEntryId: null };
}

/** An amount from the brief that the VA retyped and that matched. */
export const figureCheck = z.object({
  value: z.number(),
  phrase: shortText('The amount'),
  checkedAt: isoDateTime,
});
export type FigureCheck = z.infer<typeof figureCheck>;

export const checklistCollections = {
  /** Starts with the built-in items; a file written before checklists existed gets them too. */
  checklistTemplate: z.array(checklistTemplateItem).default(() => builtInTemplateItems()),
};
