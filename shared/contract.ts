// The one API contract: every operation's name, input schema and result type, declared once.
// The core's dispatcher, the preload bridge and the renderer's typed client are all derived from it.
import { z } from 'zod';
import type { Brief, BriefStatus } from './model/brief';
import { briefFields, briefStatus, plausibleDay } from './model/brief';
import type { Client } from './model/client';
import { clientFields } from './model/client';
import { id, shortText } from './model/common';
import type { PaperTrailEntry } from './model/paperTrail';
import { paperTrailEntryFields } from './model/paperTrail';
import type { Settings } from './model/settings';
import { settingsPatch } from './model/settings';

import { byId, none, op, type Operation } from './operations/op';
import { checklistOperations } from './operations/checklists';
import { incidentOperations } from './operations/incidents';
import { insightOperations } from './operations/insights';
import { summaryOperations } from './operations/summaries';
import { templateOperations } from './operations/templates';
import { paperTrailCaptureOperations } from './operations/paperTrail';

export type { Operation };
const query = shortText('Search').optional();

// ---- Result shapes that are not plain records ----

export interface ClientSummary extends Client {
  openBriefCount: number;
  briefCount: number;
}

export interface BriefSummary extends Brief {
  clientName: string;
  paperTrailCount: number;
}

/**
 * A brief as the briefs list shows and filters it: what a row needs and no more, so that reloading the
 * list after a change stays light with ten years of briefs (no checklists, snapshots or long fields).
 */
export type BriefRow = Pick<BriefSummary, 'id' | 'clientId' | 'clientName' | 'title' | 'summary' | 'status' | 'deadline' | 'updatedAt'>;

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

export type NoticeKind =
  | 'recovered-from-backup'
  | 'unreadable-no-backup'
  | 'missing-data-with-backups'
  | 'settings-reset'
  | 'write-failed'
  | 'migrated'
  /** The core process stopped unexpectedly and was started again on the same data. */
  | 'core-restarted';

export interface Notice {
  id: string;
  kind: NoticeKind;
  severity: 'info' | 'warning' | 'error';
  title: string;
  message: string;
  /** Where a damaged file was moved, so the VA (or support) can find it. */
  movedTo?: string;
  backupName?: string;
  /** The technical reason (a parser's words, a path), shown behind "Details" rather than in the message. */
  detail?: string;
}

export interface AppStatus {
  version: string;
  dataDir: string;
  schemaVersion: number;
  notices: Notice[];
  counts: RecordCounts;
}

// ---- The operations ----

/** Each feature declares its own operations in `shared/operations/`; they are all assembled here. */
export const contract = {
  ...checklistOperations,
  ...incidentOperations,
  ...insightOperations,
  ...summaryOperations,
  ...templateOperations,
  app: {
    status: op(none).returns<AppStatus>(),
    dismissNotice: op(byId).returns<{ dismissed: boolean }>(),
  },
  clients: {
    list: op(z.object({ query }).strict()).returns<ClientSummary[]>(),
    get: op(byId).returns<Client>(),
    create: op(z.object({ fields: clientFields }).strict()).returns<Client>(),
    update: op(z.object({ id, fields: clientFields }).strict()).returns<Client>(),
    trash: op(byId).returns<TrashReceipt>(),
  },
  briefs: {
    list: op(z.object({ clientId: id.optional(), query, status: briefStatus.optional() }).strict()).returns<BriefSummary[]>(),
    /** Every live brief as a list row, newest change first: the briefs screen filters these itself. */
    rows: op(z.object({}).strict()).returns<BriefRow[]>(),
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
  },
  paperTrail: {
    list: op(
      z
        .object({ clientId: id.optional(), briefId: id.optional() })
        .strict()
        .refine((v) => v.clientId !== undefined || v.briefId !== undefined, 'Choose a client or a brief.'),
    ).returns<PaperTrailEntry[]>(),
    add: op(z.object({ clientId: id, briefId: id.nullable(), fields: paperTrailEntryFields }).strict()).returns<PaperTrailEntry>(),
    correct: op(z.object({ id, fields: paperTrailEntryFields }).strict()).returns<PaperTrailEntry>(),
    ...paperTrailCaptureOperations,
  },
  trash: {
    list: op(none).returns<TrashItem[]>(),
    restore: op(z.object({ batchId: id }).strict()).returns<{ restored: number }>(),
    purge: op(z.object({ batchId: id }).strict()).returns<{ purged: number }>(),
  },
  backups: {
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
  },
  settings: {
    get: op(none).returns<Settings>(),
    update: op(settingsPatch).returns<Settings>(),
  },
} as const;

// ---- Types derived from the table ----

type Contract = typeof contract;
export type Subject = keyof Contract;
export type OperationName = { [S in Subject]: `${S}.${Extract<keyof Contract[S], string>}` }[Subject];

type OperationAt<N extends OperationName> = N extends `${infer S extends Subject}.${infer M}` ? (M extends keyof Contract[S] ? Contract[S][M] : never) : never;

export type InputOf<N extends OperationName> = OperationAt<N> extends Operation<infer I, unknown> ? z.input<I> : never;
/** The input after validation, with defaults applied and text trimmed: what a handler receives. */
export type ParsedInputOf<N extends OperationName> = OperationAt<N> extends Operation<infer I, unknown> ? z.output<I> : never;
export type ResultOf<N extends OperationName> = OperationAt<N> extends Operation<z.ZodType, infer R> ? R : never;

/** The typed client the renderer uses: `api.briefs.update({ id, fields })`. */
export type ApiClient = {
  [S in Subject]: {
    [M in Extract<keyof Contract[S], string>]: (input: InputOf<`${S}.${M}` & OperationName>) => Promise<ResultOf<`${S}.${M}` & OperationName>>;
  };
};

/** Every operation name, for the dispatcher and for tests that walk the whole contract. */
export const operationNames: OperationName[] = Object.entries(contract).flatMap(([subject, ops]) =>
  Object.keys(ops).map((method) => `${subject}.${method}` as OperationName),
);

export function operationSchema(name: string): z.ZodType | undefined {
  const [subject, method] = name.split('.');
  if (subject === undefined || method === undefined || !Object.hasOwn(contract, subject)) return undefined;
  const ops = contract[subject as Subject] as Record<string, Operation<z.ZodType, unknown>>;
  return Object.hasOwn(ops, method) ? ops[method]?.input : undefined;
}

export type { AppEvent, MenuCommand } from './events';
export { BRIDGE_KEY, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Bridge } from './bridge';
export type { BriefStatus };
