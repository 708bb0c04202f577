// Backups, restore (itself undoable) and export/import of everything as one JSON file.
import { basename } from 'node:path';
import type { BackupInfo, ImportPreview } from '../../../shared/contract';
import { ApiError } from '../../../shared/envelope';
import type { DataDocument } from '../../../shared/model/document';
import type { Settings } from '../../../shared/model/settings';
import { countRecords, exportBody, readExportBytes } from '../backups/exportFile';
import type { FsPort } from '../fs/fsPort';
import { writeFileDurably } from '../storage/durableWrite';
import { readDocumentBytes } from '../storage/readDocument';
import { type ServiceContext, localIsoDate } from './context';

export { countRecords, EXPORT_FORMAT } from '../backups/exportFile';

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

export function backupsService(ctx: ServiceContext, fs: FsPort, dialogs: DialogPort, appVersion: string, settings: SettingsAccess) {
  const pendingImports = new Map<string, { doc: DataDocument; settings: Settings | null; fileName: string }>();
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
      const safetyBackup = await ctx.db.backupNow('pre-restore');
      progress('restore', 2, 3);
      await ctx.db.replace(read.doc);
      progress('restore', 3, 3);
      ctx.changed('clients', 'briefs', 'paperTrail', 'incidents', 'trash', 'backups');
      return { safetyBackup, counts: countRecords(read.doc) };
    },
    async exportAll() {
      const path = await dialogs.chooseSavePath({
        title: 'Export all Steadyhand data',
        defaultName: `Steadyhand export ${localIsoDate(ctx.now())}.json`,
        extensions: ['json'],
      });
      if (path === null) return null;
      progress('export', 0, 1);
      await writeFileDurably(fs, path, exportBody(ctx.db.data, settings.get(), appVersion, ctx.now()));
      progress('export', 1, 1);
      return { fileName: basename(path), counts: countRecords(ctx.db.data, true) };
    },
    async previewImport(): Promise<ImportPreview | null> {
      const path = await dialogs.chooseOpenPath({ title: 'Import Steadyhand data', extensions: ['json'] });
      if (path === null) return null;
      const bytes = await fs.readFile(path).catch(() => {
        throw new ApiError('invalid_input', 'That file could not be opened.');
      });
      const read = readExportBytes(bytes);
      if (!read.ok) throw new ApiError('invalid_input', read.message);
      const token = ctx.newId();
      pendingImports.clear();
      pendingImports.set(token, { doc: read.doc, settings: read.settings, fileName: basename(path) });
      return { token, fileName: basename(path), counts: countRecords(read.doc, read.settings !== null), exportedAt: read.exportedAt, current: countRecords(ctx.db.data, true) };
    },
    async applyImport({ token, mode, settings: useSettings = 'keep' }: { token: string; mode: 'merge' | 'replace'; settings?: 'file' | 'keep' | undefined }) {
      const pending = pendingImports.get(token);
      if (pending === undefined) throw new ApiError('not_found', 'Choose the file to import again; the preview has expired.');
      progress('import', 0, 2);
      const safetyBackup = await ctx.db.backupNow('pre-import');
      progress('import', 1, 2);
      const next = mode === 'replace' ? pending.doc : mergeDocuments(ctx.db.data, pending.doc);
      await ctx.db.replace(next);
      // Settings only when the VA chose "Use the settings from the file", and after the records are safely in.
      if (useSettings === 'file' && pending.settings !== null) await settings.replace(pending.settings);
      pendingImports.delete(token);
      progress('import', 2, 2);
      ctx.changed('clients', 'briefs', 'paperTrail', 'incidents', 'trash', 'backups');
      return { safetyBackup, counts: countRecords(next, useSettings === 'file' && pending.settings !== null) };
    },
  };
}
