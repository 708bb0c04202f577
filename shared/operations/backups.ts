// Operations of backups, export and import.
import { z } from 'zod';
import { id } from '../model/common';
import { none, op } from './op';

export type BackupReason = 'auto' | 'manual' | 'pre-restore' | 'pre-migration' | 'pre-import' | 'pre-recovery' | 'at-close';

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

export interface RecordCounts {
  clients: number;
  briefs: number;
  paperTrail: number;
  incidents: number;
  templates: number;
  /** Items of the clarification checklist template (built-in and the VA's own). */
  checklistItems: number;
  summaries: number;
  /** Whether the VA's settings come with it (an export does; a backup of the records does not). */
  settings: boolean;
}

export interface ImportPreview {
  token: string;
  fileName: string;
  counts: RecordCounts;
  exportedAt: string | null;
  /** What this computer holds now: what "Replace my data" would remove (after a backup). */
  current: RecordCounts;
}

export const backupOperations = {
  list: op(none).returns<BackupInfo[]>(),
  create: op(none).returns<BackupInfo>(),
  restore: op(z.object({ name: z.string().regex(/^[\w.-]+\.json$/, 'That is not a backup name.') }).strict()).returns<{
    safetyBackup: BackupInfo;
    counts: RecordCounts;
  }>(),
  exportAll: op(none).returns<{
    fileName: string;
    counts: RecordCounts;
    /** Captured files in the export, and those an entry names that could not be read (missing or damaged). */
    attachments?: { included: number; missing: number };
  } | null>(),
  previewImport: op(none).returns<ImportPreview | null>(),
  applyImport: op(z.object({ token: id, mode: z.enum(['merge', 'replace']), settings: z.enum(['file', 'keep']).optional() }).strict()).returns<{
    safetyBackup: BackupInfo;
    counts: RecordCounts;
  }>(),
} as const;
