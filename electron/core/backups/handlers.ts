// Backups, restore (itself undoable) and export/import of everything as one file: a zip holding the data JSON
// and the captured files (see backups/exportZip.ts); import still takes the JSON exports made before it.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import { basename } from 'node:path';
import type { BackupInfo, ImportPreview } from '../../../shared/contract';
import { ApiError } from '../../../shared/envelope';
import type { DataDocument } from '../../../shared/model/document';
import type { Settings } from '../../../shared/model/settings';
import { countRecords, exportBody, readExportBytes } from './exportFile';
import { buildExportZip, isZip, readExportZip } from './exportZip';
import { AttachmentError } from '../paperTrail/attachmentStore';
import type { FsPort } from '../fs/fsPort';
import { writeFileDurably } from '../storage/durableWrite';
import { readDocumentBytes } from '../storage/readDocument';
import { type ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';

export { countRecords, EXPORT_FORMAT } from './exportFile';

/** The VA's settings as the export and import need them (the settings service, reached without a cycle). */
export interface SettingsAccess {
  get(): Settings;
  replace(next: Settings): Promise<unknown>;
}

/** Native file dialogs in the app; a scripted stand-in in tests. Paths never come from the renderer. */
export interface DialogPort {
  chooseSavePath(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  chooseOpenPath(options: { title: string; extensions: string[] }): Promise<string | null>;
}

/** Adds what the file has that this data does not (by id); never overwrites a local record. */
export function mergeDocuments(local: DataDocument, incoming: DataDocument): DataDocument {
  const merged = structuredClone(local) as unknown as Record<string, unknown>;
  // Every collection of the document, so a feature's new collection is merged without a change here.
  for (const [key, source] of Object.entries(incoming)) {
    if (!Array.isArray(source)) continue;
    const target = (Array.isArray(merged[key]) ? merged[key] : (merged[key] = [])) as unknown[];
    const ids = new Set(target.map(recordKey));
    for (const record of source) if (!ids.has(recordKey(record))) target.push(record);
  }
  return merged as unknown as DataDocument;
}

/** Records are matched by `id`; one kept per incident (a summary) by its incident. */
function recordKey(record: unknown): string {
  const r = (record ?? {}) as { id?: unknown; incidentId?: unknown };
  if (typeof r.id === 'string') return `id:${r.id}`;
  if (typeof r.incidentId === 'string') return `incident:${r.incidentId}`;
  return `json:${JSON.stringify(record)}`;
}

/** Every captured file a document's paper trail names (entries in the trash included). */
export function attachmentsNamedBy(doc: DataDocument): Set<string> {
  const shas = new Set<string>();
  for (const e of doc.paperTrail) {
    if (e.original !== undefined) shas.add(e.original.sha256);
    for (const a of e.attachments ?? []) shas.add(a.sha256);
  }
  return shas;
}

export function backupsService(ctx: ServiceContext, fs: FsPort, dialogs: DialogPort, appVersion: string, settings: SettingsAccess) {
  const pendingImports = new Map<string, { doc: DataDocument; settings: Settings | null; fileName: string; attachments: Map<string, Uint8Array> }>();
  const live = ctx.db.backups.liveAttachments;
  const isMissing = async (sha: string) => (await fs.stat(live.pathOf(sha))) === null;

  /** Before a backup's records come back: the files they name that are no longer in the data folder, from the backup folder. */
  async function bringBackAttachments(doc: DataDocument): Promise<void> {
    for (const sha of attachmentsNamedBy(doc)) {
      if (!(await isMissing(sha))) continue;
      try {
        await live.putAttachment(await ctx.db.backups.attachments.readAttachment(sha));
      } catch (error) {
        // Not in the backups either: the entry comes back and says the file is missing when it is opened.
        if (!(error instanceof AttachmentError)) throw error;
      }
    }
  }
  const progress = (task: string, done: number, total: number) => ctx.emit({ type: 'progress', task, done, total });

  return {
    async list(): Promise<BackupInfo[]> {
      // The backup made at start-up is written in the background; list it once it is there.
      await ctx.db.settled();
      return ctx.db.backups.list();
    },
    create(): Promise<BackupInfo> {
      return ctx.db.backupNow('manual');
    },
    async restore({ name }: { name: string }) {
      const available = await ctx.db.backups.list();
      if (!available.some((b) => b.name === name)) throw new ApiError('not_found', 'That backup could not be found.');
      progress('restore', 0, 3);
      const read = readDocumentBytes(await ctx.db.backups.read(name));
      if (!read.ok) throw new ApiError('invalid_input', `That backup cannot be read: ${read.detail} Your current data is unchanged.`);
      progress('restore', 1, 3);
      await bringBackAttachments(read.doc);
      const safetyBackup = await ctx.db.backupNow('pre-restore');
      progress('restore', 2, 3);
      await ctx.db.replace(read.doc);
      progress('restore', 3, 3);
      return { safetyBackup, counts: countRecords(read.doc) };
    },
    async exportAll() {
      const path = await dialogs.chooseSavePath({
        title: 'Export all Steadyhand data',
        defaultName: `Steadyhand export ${localIsoDay(ctx.now())}.zip`,
        extensions: ['zip'],
      });
      if (path === null) return null;
      progress('export', 0, 1);
      const files = new Map<string, Uint8Array>();
      let missing = 0;
      for (const sha of attachmentsNamedBy(ctx.db.data)) {
        try {
          files.set(sha, await live.readAttachment(sha));
        } catch (error) {
          if (!(error instanceof AttachmentError)) throw error;
          missing += 1;
        }
      }
      await writeFileDurably(fs, path, buildExportZip(exportBody(ctx.db.data, settings.get(), appVersion, ctx.now()), files));
      progress('export', 1, 1);
      return { fileName: basename(path), counts: countRecords(ctx.db.data, true), attachments: { included: files.size, missing } };
    },
    async previewImport(): Promise<ImportPreview | null> {
      const path = await dialogs.chooseOpenPath({ title: 'Import Steadyhand data', extensions: ['zip', 'json'] });
      if (path === null) return null;
      const bytes = await fs.readFile(path).catch(() => {
        throw new ApiError('invalid_input', 'That file could not be opened.');
      });
      let attachments = new Map<string, Uint8Array>();
      let json = bytes;
      if (isZip(bytes)) {
        const zip = readExportZip(bytes);
        if (!zip.ok) throw new ApiError('invalid_input', zip.message);
        ({ attachments, json } = zip);
      }
      const read = readExportBytes(json);
      if (!read.ok) throw new ApiError('invalid_input', read.message);
      const token = ctx.newId();
      pendingImports.clear();
      pendingImports.set(token, { doc: read.doc, settings: read.settings, fileName: basename(path), attachments });
      return {
        token,
        fileName: basename(path),
        counts: countRecords(read.doc, read.settings !== null),
        exportedAt: read.exportedAt,
        current: countRecords(ctx.db.data, true),
      };
    },
    async applyImport({ token, mode, settings: useSettings = 'keep' }: { token: string; mode: 'merge' | 'replace'; settings?: 'file' | 'keep' | undefined }) {
      const pending = pendingImports.get(token);
      if (pending === undefined) throw new ApiError('not_found', 'Choose the file to import again; the preview has expired.');
      progress('import', 0, 2);
      const safetyBackup = await ctx.db.backupNow('pre-import');
      progress('import', 1, 2);
      const next = mode === 'replace' ? pending.doc : mergeDocuments(ctx.db.data, pending.doc);
      // The files the imported entries name go in first (each checked against its name when the zip was read).
      for (const sha of attachmentsNamedBy(next)) {
        const bytes = pending.attachments.get(sha);
        if (bytes !== undefined && (await isMissing(sha))) await live.putAttachment(bytes);
      }
      await ctx.db.replace(next);
      // Settings only when the VA chose "Use the settings from the file", and after the records are safely in.
      if (useSettings === 'file' && pending.settings !== null) await settings.replace(pending.settings);
      pendingImports.delete(token);
      progress('import', 2, 2);
      return { safetyBackup, counts: countRecords(next, useSettings === 'file' && pending.settings !== null) };
    },
  };
}

/** The backups subject (operations in shared/operations/backups.ts). */
export function backupHandlers(ctx: ServiceContext, backups: ReturnType<typeof backupsService>): HandlersFor<'backups'> {
  return subjectHandlers(ctx, 'backups', {
    list: reads(backups.list),
    create: writes(['backups'], backups.create),
    // A restore or an import replaces the document: every subject is announced (see operations.ts).
    restore: writes(['backups', 'trash'], backups.restore),
    exportAll: reads(backups.exportAll),
    previewImport: reads(backups.previewImport),
    applyImport: writes(['backups', 'trash', 'settings'], backups.applyImport),
  });
}
