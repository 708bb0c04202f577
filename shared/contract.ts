// The one API contract: every operation's name, input schema and result type, declared once.
// The core's dispatcher, the preload bridge and the renderer's typed client are all derived from it.
import type { z } from 'zod';
import type { BriefStatus } from './model/brief';
import { appOperations } from './operations/app';
import { backupOperations } from './operations/backups';
import { briefOperations } from './operations/briefs';
import { checklistOperations } from './operations/checklists';
import { clientOperations } from './operations/clients';
import { incidentOperations } from './operations/incidents';
import { insightOperations } from './operations/insights';
import type { Operation } from './operations/op';
import { paperTrailOperations } from './operations/paperTrail';
import { quickQuestionOperations } from './operations/quickQuestions';
import { reminderOperations } from './operations/reminders';
import { searchOperations } from './operations/search';
import { settingsOperations } from './operations/settings';
import { summaryOperations } from './operations/summaries';
import { templateOperations } from './operations/templates';
import { todayOperations } from './operations/today';
import { trashOperations } from './operations/trash';

export type { Operation };
export type { AppStatus, Notice, NoticeKind } from './operations/app';
export type { BackupInfo, BackupReason, ImportPreview, RecordCounts } from './operations/backups';
export type { BriefRow, BriefSummary } from './operations/briefs';
export type { ClientSummary } from './operations/clients';
export type { TrashItem, TrashReceipt } from './operations/trash';

/**
 * Every operation, by subject. Each subject declares its own in `shared/operations/<subject>.ts`, under the
 * same name as its folder in `electron/core/` and `renderer/src/features/`.
 */
export const contract = {
  app: appOperations,
  clients: clientOperations,
  briefs: briefOperations,
  paperTrail: paperTrailOperations,
  checklists: checklistOperations,
  quickQuestions: quickQuestionOperations,
  incidents: incidentOperations,
  templates: templateOperations,
  summaries: summaryOperations,
  today: todayOperations,
  search: searchOperations,
  insights: insightOperations,
  reminders: reminderOperations,
  trash: trashOperations,
  backups: backupOperations,
  settings: settingsOperations,
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
