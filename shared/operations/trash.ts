// Operations of the trash: what is in it, putting a batch back, and removing a batch for good.
import { z } from 'zod';
import { id } from '../model/common';
import { none, op } from './op';

export interface TrashReceipt {
  batchId: string;
  label: string;
  /** How many records moved to the trash together (the record and its children). */
  recordCount: number;
}

export interface TrashItem {
  batchId: string;
  kind: 'client' | 'brief' | 'template' | 'incident';
  recordId: string;
  label: string;
  detail: string;
  trashedAt: string;
  recordCount: number;
}

export const trashOperations = {
  list: op(none).returns<TrashItem[]>(),
  restore: op(z.object({ batchId: id }).strict()).returns<{ restored: number }>(),
  purge: op(z.object({ batchId: id }).strict()).returns<{ purged: number }>(),
} as const;
