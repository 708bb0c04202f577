// A task brief: what the client asked for, its perimeters and its progress.
import { z } from 'zod';
import { impossibleDateMessage } from '../domain/dateSanity';
import { briefChecklist, emptyBriefChecklist, figureCheck } from './checklist';
import { id, isoDate, isoDateTime, longText, recordMeta, requiredShortText } from './common';

export const briefStatus = z.enum(['draft', 'clarifying', 'ready', 'in-progress', 'delivered', 'accepted', 'cancelled']);
export type BriefStatus = z.infer<typeof briefStatus>;

/** Which status changes a VA may make by hand; anything else is refused with a clear message. */
export const briefTransitions: Record<BriefStatus, BriefStatus[]> = {
  draft: ['clarifying', 'ready', 'in-progress', 'cancelled'],
  clarifying: ['draft', 'ready', 'in-progress', 'cancelled'],
  ready: ['clarifying', 'in-progress', 'cancelled'],
  'in-progress': ['ready', 'delivered', 'cancelled'],
  delivered: ['in-progress', 'accepted'],
  accepted: ['delivered'],
  cancelled: ['draft'],
};

export const briefStatusLabels: Record<BriefStatus, string> = {
  draft: 'Draft',
  clarifying: 'Clarifying',
  ready: 'Ready to start',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  accepted: 'Accepted',
  cancelled: 'Cancelled',
};

/** A day the VA types (a deadline, a delivery): an impossible one is refused saying what is wrong ("There is no 31 February"). */
export const plausibleDay = z.string().superRefine((value, ctx) => {
  const message = impossibleDateMessage(value);
  if (message !== null) ctx.addIssue({ code: 'custom', message });
});

export const briefFields = z.object({
  title: requiredShortText('The title'),
  summary: longText('What was asked'),
  deliverables: longText('Deliverables'),
  doneCriteria: longText('What “done” looks like'),
  inScope: longText('In scope'),
  outOfScope: longText('Out of scope'),
  deadline: plausibleDay.nullable(),
});
export type BriefFields = z.infer<typeof briefFields>;

/** Read-only copy of the brief's fields at a turning point, so later edits cannot rewrite history. */
export const briefSnapshot = z.object({
  kind: z.enum(['started', 'delivered']),
  takenAt: isoDateTime,
  fields: briefFields,
});
export type BriefSnapshot = z.infer<typeof briefSnapshot>;

export const brief = briefFields.extend({
  // Stored records keep the looser rule they were saved under, so an old file always opens.
  deadline: isoDate.nullable(),
  ...recordMeta,
  clientId: id,
  status: briefStatus,
  /** The conformity window counts working days from this date. */
  deliveredOn: isoDate.nullable(),
  snapshots: z.array(briefSnapshot),
  /** The clarification checklist: ticks and answers, a "started anyway" reason, the written confirmation. */
  checklist: briefChecklist.default(emptyBriefChecklist),
  /** Amounts from the brief that the VA retyped and that matched. */
  figureChecks: z.array(figureCheck).default([]),
});
export type Brief = z.infer<typeof brief>;

export function emptyBriefFields(): BriefFields {
  return { title: '', summary: '', deliverables: '', doneCriteria: '', inScope: '', outOfScope: '', deadline: null };
}

/** The fields the VA edits (and a snapshot keeps), taken from a stored brief. */
export function briefFieldsOf(b: Brief): BriefFields {
  return {
    title: b.title,
    summary: b.summary,
    deliverables: b.deliverables,
    doneCriteria: b.doneCriteria,
    inScope: b.inScope,
    outOfScope: b.outOfScope,
    deadline: b.deadline,
  };
}
