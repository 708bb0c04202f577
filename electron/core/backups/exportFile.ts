// The one-file export: what "Export everything" writes, and the gate an import goes through.
// Every export carries `format: "steadyhand-export"` and a `formatVersion`, the records and the VA's settings.
// Import accepts only:
// - an export (formatVersion 1, or none: files exported before the version existed), its data checked
//   record by record (older schemas migrated) and its settings checked against the settings model;
// - a bare Steadyhand data document (a backup or a copied steadyhand.json): it has a numeric `schemaVersion`
//   and the `clients`, `briefs` and `paperTrail` lists, and then passes the same record checks. It has no settings.
// Anything else (`{"hello":"world"}`, a list, another app's backup) is refused with a plain reason and changes nothing.
import type { RecordCounts } from '../../../shared/contract';
import type { DataDocument } from '../../../shared/model/document';
import { type Settings, settings as settingsSchema } from '../../../shared/model/settings';
import { checkDocument, parseDocumentBytes } from '../storage/readDocument';

export const EXPORT_FORMAT = 'steadyhand-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  data: DataDocument;
  settings: Settings;
}

export function exportBody(data: DataDocument, settings: Settings, appVersion: string, exportedAt: Date): string {
  const file: ExportFile = { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, appVersion, exportedAt: exportedAt.toISOString(), data, settings };
  return JSON.stringify(file);
}

export type ReadExport = { ok: true; doc: DataDocument; settings: Settings | null; exportedAt: string | null } | { ok: false; message: string };

const UNCHANGED = 'Nothing was changed.';
const NOT_OURS = `That file is not a Steadyhand export. Choose a file made with “Export everything”, or a Steadyhand backup. ${UNCHANGED}`;

export function readExportBytes(bytes: Uint8Array): ReadExport {
  const parsed = parseDocumentBytes(bytes);
  if (!parsed.ok) {
    if (parsed.problem === 'unparseable' || parsed.problem === 'empty')
      return { ok: false, message: `That file cannot be read as Steadyhand data: it is not a JSON file, or it is damaged. ${UNCHANGED}` };
    return { ok: false, message: NOT_OURS };
  }
  const raw = parsed.raw;
  if ('format' in raw) {
    if (raw['format'] !== EXPORT_FORMAT) return { ok: false, message: NOT_OURS };
    const version = raw['formatVersion'] ?? 1;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: NOT_OURS };
    if (version > EXPORT_FORMAT_VERSION)
      return {
        ok: false,
        message: `That export was made by a newer version of Steadyhand. Update Steadyhand on this computer, then import it again. ${UNCHANGED}`,
      };
    const data = raw['data'];
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: `That export holds no Steadyhand data. ${UNCHANGED}` };
    const checked = checkDocument(data as Record<string, unknown>);
    if (!checked.ok) return { ok: false, message: `The data in that export cannot be imported. ${checked.detail} ${UNCHANGED}` };
    let fileSettings: Settings | null = null;
    if (raw['settings'] !== undefined) {
      const s = settingsSchema.safeParse(raw['settings']);
      if (!s.success) {
        const where = s.error.issues[0]?.path.join('.') ?? '';
        return {
          ok: false,
          message: `The settings in that export cannot be used${where ? ` (the “${where}” setting is not one Steadyhand knows)` : ''}. ${UNCHANGED}`,
        };
      }
      fileSettings = s.data;
    }
    return { ok: true, doc: checked.doc, settings: fileSettings, exportedAt: typeof raw['exportedAt'] === 'string' ? raw['exportedAt'] : null };
  }
  if (!looksLikeDocument(raw)) return { ok: false, message: NOT_OURS };
  const checked = checkDocument(raw);
  if (!checked.ok) return { ok: false, message: `That Steadyhand file cannot be imported. ${checked.detail} ${UNCHANGED}` };
  return { ok: true, doc: checked.doc, settings: null, exportedAt: null };
}

/** A Steadyhand data document (a backup, a copied data file) rather than any JSON object. */
function looksLikeDocument(raw: Record<string, unknown>): boolean {
  return typeof raw['schemaVersion'] === 'number' && Array.isArray(raw['clients']) && Array.isArray(raw['briefs']) && Array.isArray(raw['paperTrail']);
}

/** Every kind of record a document holds (records in the trash left out), and whether settings come with it. */
export function countRecords(doc: DataDocument, withSettings = false): RecordCounts {
  const live = (rs: unknown[]) => rs.filter((r) => (r as { trashedAt?: unknown }).trashedAt == null).length;
  return {
    clients: live(doc.clients),
    briefs: live(doc.briefs),
    paperTrail: live(doc.paperTrail),
    incidents: live(doc.incidents),
    templates: live(doc.templates),
    checklistItems: live(doc.checklistTemplate),
    summaries: live(doc.incidentSummaries),
    settings: withSettings,
  };
}
