// Assembles the whole back end in plain Node: the database, each subject's operations and the dispatcher.
// The core process (process/coreProcess.ts) and the unit tests call this, so tests exercise what the app runs.
import type { AppEvent, Notice } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { backupAtClose } from './backups/closeBackup';
import { backupHandlers, backupsService, type DialogPort } from './backups/handlers';
import { briefHandlers } from './briefs/handlers';
import { briefsService } from './briefs/service';
import { checklistHandlers } from './checklists/handlers';
import { clientHandlers } from './clients/handlers';
import { clientsService } from './clients/service';
import { createContext, type FoundationServices } from './context';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { type FsPort, nodeFs } from './fs/fsPort';
import './holidayCalendars';
import { incidentHandlers } from './incidents/handlers';
import { insightHandlers } from './insights/handlers';
import { operationChanges } from './operations';
import { createAttachmentStore } from './paperTrail/attachmentStore';
import { screenshotDataUrl } from './paperTrail/capture';
import { paperTrailHandlers } from './paperTrail/handlers';
import { paperTrailService } from './paperTrail/service';
import { quickQuestionHandlers } from './quickQuestions/handlers';
import { reminderHandlers } from './reminders/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { settingsService } from './settings/service';
import type { SettingsPort } from './settings/settingsPort';
import { Database } from './storage/database';
import { showWriteProblem } from './storage/writeProblem';
import type { DocumentOutputPort } from './summaries/documentOutput';
import { summaryHandlers } from './summaries/handlers';
import { templateHandlers } from './templates/handlers';
import { todayHandlers } from './today/handlers';
import { trashHandlers } from './trash/handlers';

export interface CoreOptions {
  dataDir: string;
  settings: SettingsPort;
  dialogs: DialogPort;
  appVersion: string;
  fs?: FsPort;
  now?: () => Date;
  /** Notices raised before the core opened (a settings file moved aside, say). */
  startupNotices?: Notice[];
  log?: (message: string, error: unknown) => void;
  /** Print, PDF and clipboard for client summaries; without it those operations reply that they are unavailable. */
  documentOutput?: DocumentOutputPort;
  /** Tests: make every `mutate` prove it declared what it touched (see storage/touchCheck.ts). */
  checkTouched?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  db: Database;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const l of listeners) l(event);
  };
  const notices: Notice[] = [...(options.startupNotices ?? [])];
  const db = await Database.open({
    fs,
    dataDir: options.dataDir,
    now,
    checkTouched: options.checkTouched ?? false,
    onWriteProblem: (error) => showWriteProblem(notices, emit, now(), error),
    onChange: operationChanges,
  });
  notices.push(...db.notices);
  const ctx = createContext(db, now, emit);

  // The services other subjects build on, then each subject's operations (electron/core/<subject>/handlers.ts).
  const clients = clientsService(ctx);
  const briefs = briefsService(ctx, clients);
  const settings = settingsService(options.settings);
  const services: FoundationServices = { clients, briefs, paperTrail: paperTrailService(ctx, clients, briefs), settings };
  const attachments = createAttachmentStore(fs, options.dataDir);
  const backups = backupsService(ctx, fs, options.dialogs, options.appVersion, { get: settings.get, replace: (next) => settings.update(next) });
  const handlers: Handlers = {
    ...appHandlers(ctx, { appVersion: options.appVersion, dataDir: options.dataDir }, notices),
    ...clientHandlers(ctx, clients),
    ...briefHandlers(ctx, briefs),
    ...paperTrailHandlers(ctx, services, { store: attachments, fs, dialogs: options.dialogs }),
    ...checklistHandlers(ctx, services),
    ...quickQuestionHandlers(ctx, services),
    ...incidentHandlers(ctx, services),
    ...templateHandlers(ctx, services),
    ...summaryHandlers(ctx, services, {
      fs,
      dialogs: options.dialogs,
      output: options.documentOutput,
      screenshotDataUrl: (sha256) => screenshotDataUrl(attachments, sha256),
    }),
    ...todayHandlers(ctx, services),
    ...searchHandlers(ctx, (listener) => listeners.add(listener)),
    ...insightHandlers(ctx),
    ...reminderHandlers(ctx, services),
    ...trashHandlers(ctx),
    ...backupHandlers(ctx, backups),
    ...settingsHandlers(ctx, settings),
  };

  let closing = false;
  return {
    dispatch: createDispatcher(handlers, options.log),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    db,
    // A clean close backs up the session first (skipped when nothing changed since the newest backup).
    close: async () => {
      if (!closing) {
        closing = true;
        await backupAtClose(db).catch((error: unknown) => options.log?.('The backup at closing could not be made.', error));
      }
      await db.close();
    },
  };
}
