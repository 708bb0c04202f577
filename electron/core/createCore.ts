// Assembles the whole back end in plain Node: database, services and the dispatcher.
// The Electron shell and the test harness both call this, so tests exercise what the app runs.
import type { AppEvent, AppStatus } from '../../shared/contract';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import './holidayCalendars';
import { checklistHandlers } from './features/checklists';
import { incidentHandlers } from './features/incidents';
import { insightHandlers } from './features/insights';
import { summaryHandlers } from './features/summaries';
import { templateHandlers } from './features/templates';
import { type FsPort, nodeFs } from './fs/fsPort';
import { backupsService, countRecords, type DialogPort } from './services/backups';
import { backupAtClose } from './backups/closeBackup';
import { briefsService } from './services/briefs';
import { clientsService } from './services/clients';
import { createContext } from './services/context';
import type { DocumentOutputPort } from './services/documentOutput';
import { paperTrailService } from './services/paperTrail';
import { captureHandlers, screenshotDataUrl } from './paperTrail/capture';
import { createAttachmentStore } from './paperTrail/attachmentStore';
import { settingsService } from './services/settings';
import { trashService } from './services/trash';
import type { SettingsPort } from './settings/settingsPort';
import { Database } from './storage/database';
import { showWriteProblem } from './storage/writeProblem';
import { SCHEMA_VERSION } from '../../shared/model/document';
import type { Notice } from '../../shared/contract';

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
  });
  notices.push(...db.notices);
  const ctx = createContext(db, now, emit);

  const clients = clientsService(ctx);
  const briefs = briefsService(ctx, clients);
  const paperTrail = paperTrailService(ctx, clients, briefs);
  const trash = trashService(ctx);
  const settings = settingsService(ctx, options.settings);
  const backups = backupsService(ctx, fs, options.dialogs, options.appVersion, { get: settings.get, replace: (next) => settings.update(next) });

  const services = { clients, briefs, paperTrail, settings };
  const attachments = createAttachmentStore(fs, options.dataDir);
  const handlers: Handlers = {
    ...checklistHandlers(ctx, services),
    ...incidentHandlers(ctx, services),
    ...insightHandlers(ctx, services, (listener) => listeners.add(listener)),
    ...templateHandlers(ctx, services),
    ...captureHandlers(ctx, services, { store: attachments, fs, dialogs: options.dialogs }),
    ...summaryHandlers(ctx, services, {
      fs,
      dialogs: options.dialogs,
      output: options.documentOutput,
      screenshotDataUrl: (sha256) => screenshotDataUrl(attachments, sha256),
    }),
    'app.status': (): AppStatus => ({
      version: options.appVersion,
      dataDir: options.dataDir,
      schemaVersion: SCHEMA_VERSION,
      notices,
      counts: countRecords(db.data),
    }),
    'app.dismissNotice': ({ id }) => {
      const index = notices.findIndex((n) => n.id === id);
      if (index >= 0) notices.splice(index, 1);
      return { dismissed: index >= 0 };
    },
    'clients.list': clients.list,
    'clients.get': clients.get,
    'clients.create': clients.create,
    'clients.update': clients.update,
    'clients.trash': clients.trash,
    'briefs.list': briefs.list,
    'briefs.rows': briefs.rows,
    'briefs.get': briefs.get,
    'briefs.create': briefs.create,
    'briefs.update': briefs.update,
    'briefs.setStatus': briefs.setStatus,
    'briefs.trash': briefs.trash,
    'paperTrail.list': paperTrail.list,
    'paperTrail.add': paperTrail.add,
    'paperTrail.correct': paperTrail.correct,
    'trash.list': trash.list,
    'trash.restore': trash.restore,
    'trash.purge': trash.purge,
    'backups.list': backups.list,
    'backups.create': backups.create,
    'backups.restore': backups.restore,
    'backups.exportAll': backups.exportAll,
    'backups.previewImport': backups.previewImport,
    'backups.applyImport': backups.applyImport,
    'settings.get': settings.get,
    'settings.update': settings.update,
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
