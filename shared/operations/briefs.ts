// Operations of briefs: the list rows, one brief, create, edit, move through its statuses, move to the trash.
import { z } from 'zod';
import type { Brief } from '../model/brief';
import { briefFields, briefStatus, plausibleDay } from '../model/brief';
import { id } from '../model/common';
import type { TrashReceipt } from './trash';
import { byId, op, searchText } from './op';

export interface BriefSummary extends Brief {
  clientName: string;
  paperTrailCount: number;
}

/**
 * A brief as the briefs list shows and filters it: what a row needs and no more, so that reloading the
 * list after a change stays light with ten years of briefs (no checklists, snapshots or long fields).
 */
export type BriefRow = Pick<BriefSummary, 'id' | 'clientId' | 'clientName' | 'title' | 'summary' | 'status' | 'deadline' | 'updatedAt'>;

export const briefOperations = {
  list: op(z.object({ clientId: id.optional(), query: searchText, status: briefStatus.optional() }).strict()).returns<BriefSummary[]>(),
  /**
   * Every live brief as a list row, newest change first: the briefs screen filters these itself. With `ids`, only
   * those briefs' rows (the live ones): how the screen updates the rows a change event names without reloading all.
   */
  rows: op(z.object({ ids: z.array(id).max(10_000).optional() }).strict()).returns<BriefRow[]>(),
  get: op(byId).returns<Brief>(),
  create: op(z.object({ clientId: id, fields: briefFields }).strict()).returns<Brief>(),
  update: op(z.object({ id, fields: briefFields }).strict()).returns<Brief>(),
  setStatus: op(
    z
      .object({
        id,
        status: briefStatus,
        deliveredOn: plausibleDay.optional(),
        /** Starting work with required checklist items still open needs a reason, kept on the brief. */
        overrideReason: z.string().max(2_000, 'Keep the reason under 2,000 characters.').optional(),
      })
      .strict(),
  ).returns<Brief>(),
  trash: op(byId).returns<TrashReceipt>(),
} as const;
