// Operations of the clarification checklist and risk flags: the VA's template, a brief's checklist, confirmation and figures.
import { z } from 'zod';
import type { ChecklistProgress, ChecklistViewItem } from '../domain/checklist';
import {
  type ChecklistOverride,
  type ChecklistTemplateItem,
  type FigureCheck,
  checklistClientQuestion,
  checklistItemLabel,
  checklistItemState,
  checklistItemWhy,
  checklistScope,
  MAX_CHECKLIST_ANSWER,
} from '../model/checklist';
import { formatCount, id } from '../model/common';
import { paperTrailEntryFields } from '../model/paperTrail';
import { byId, op } from './op';

/** A brief's checklist as the screen shows it, with everything derived from it. */
export interface BriefChecklistState {
  briefId: string;
  items: ChecklistViewItem[];
  progress: ChecklistProgress;
  override: ChecklistOverride | null;
  confirmedEntryId: string | null;
  /** False once work has started: the brief keeps the wording it was checked against. */
  followsTemplate: boolean;
  figureChecks: FigureCheck[];
}

export interface FigureCheckResult {
  match: boolean;
  first: number | null;
  second: number | null;
  state: BriefChecklistState;
}

const templateFields = z.object({
  label: checklistItemLabel,
  why: checklistItemWhy,
  clientQuestion: checklistClientQuestion,
  requiredBeforeStart: z.boolean(),
});

const answer = z.string().max(MAX_CHECKLIST_ANSWER, `An answer can be at most ${formatCount(MAX_CHECKLIST_ANSWER)} characters.`);
const figureText = z.string().max(60, 'That amount is too long.');

export const checklistOperations = {
  /** Template items of one scope, retired ones included (each says so). */
  listTemplate: op(z.object({ scope: checklistScope }).strict()).returns<ChecklistTemplateItem[]>(),
  /** Adds an item at the end of a template. Also used by the incident flow to keep a lesson. */
  addItem: op(
    z
      .object({
        scope: checklistScope,
        label: checklistItemLabel,
        why: checklistItemWhy,
        requiredBeforeStart: z.boolean(),
        /** How to ask the client; when left out, a label that is a question is used as it is. */
        clientQuestion: checklistClientQuestion.optional(),
      })
      .strict(),
  ).returns<ChecklistTemplateItem>(),
  updateItem: op(z.object({ id, fields: templateFields }).strict()).returns<ChecklistTemplateItem>(),
  retireItem: op(byId).returns<ChecklistTemplateItem>(),
  restoreItem: op(byId).returns<ChecklistTemplateItem>(),
  /** New order for the active items of a scope; must name each of them once. */
  reorder: op(z.object({ scope: checklistScope, ids: z.array(id).max(500) }).strict()).returns<ChecklistTemplateItem[]>(),

  forBrief: op(z.object({ briefId: id }).strict()).returns<BriefChecklistState>(),
  setItem: op(
    z
      .object({ briefId: id, itemId: id, state: checklistItemState.optional(), answer: answer.optional() })
      .strict()
      .refine((v) => v.state !== undefined || v.answer !== undefined, 'Tick the item or write an answer.'),
  ).returns<BriefChecklistState>(),
  /** A one-off item for this brief only. */
  addBriefItem: op(
    z.object({ briefId: id, label: checklistItemLabel, why: checklistItemWhy.default(''), requiredBeforeStart: z.boolean().default(false) }).strict(),
  ).returns<BriefChecklistState>(),
  /** Removes a one-off item, or a retired template item, from a brief. Template items that are in use cannot be removed here. */
  removeBriefItem: op(z.object({ briefId: id, itemId: id }).strict()).returns<BriefChecklistState>(),
  /** Marks the brief confirmed in writing by an entry already in its paper trail. */
  confirmBrief: op(z.object({ briefId: id, entryId: id }).strict()).returns<BriefChecklistState>(),
  /** Adds the client's confirming reply to the paper trail and marks the brief confirmed by it, in one step. */
  confirmWithReply: op(z.object({ briefId: id, reply: paperTrailEntryFields }).strict()).returns<BriefChecklistState>(),
  clearConfirmation: op(z.object({ briefId: id }).strict()).returns<BriefChecklistState>(),
  /** Compares an amount from the brief with the VA's retyped figure; a match is remembered on the brief. */
  checkFigure: op(z.object({ briefId: id, figure: figureText, retyped: figureText }).strict()).returns<FigureCheckResult>(),
} as const;
