// The summaries subject (operations in shared/operations/summaries.ts): the client-facing story of an incident.
// Every output is rebuilt here from stored data through the allow-list (summaryFacts), never taken from the
// renderer, so a page cannot smuggle anything into a file. Files are written where the VA chose in the
// native dialog; only their names (never their folders) are remembered with the summary.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import { basename } from 'node:path';
import { buildSummary, summaryDocumentHtml, summaryFacts, summaryFileName, summaryMarkdown, summaryPlainText } from '../../../shared/domain/summary';
import { ApiError } from '../../../shared/envelope';
import type { Incident } from '../../../shared/model/incident';
import { type IncidentSummaryRecord, MAX_REMEMBERED_EXPORTS, type SummaryEdits, type SummaryExportKind } from '../../../shared/model/summary';
import type { AttachableScreenshot, SummaryView } from '../../../shared/operations/summaries';
import type { SummaryEvidence } from '../../../shared/domain/summary/build';
import { compareCodeUnits } from '../../../shared/domain/order';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import type { FsPort } from '../fs/fsPort';
import type { DialogPort } from '../backups/handlers';
import { notFound, type ServiceContext } from '../context';
import type { DocumentOutputPort } from './documentOutput';
import { writeFileDurably } from '../storage/durableWrite';
import type { FoundationServices } from '../context';

export interface SummaryPorts {
  fs: FsPort;
  dialogs: DialogPort;
  /** Absent where nothing can print (plain-Node tests): those operations then say so calmly. */
  output: DocumentOutputPort | undefined;
  /** A stored screenshot as an image data URL; null when it is missing, damaged or not an image. */
  screenshotDataUrl: (sha256: string) => Promise<string | null>;
}

interface Changes {
  incidentId: string;
  edits?: SummaryEdits | undefined;
  includeTimeSpent?: boolean | undefined;
  attachments?: string[] | undefined;
}

/** What a summary can show inline; other captured files stay in the paper trail. */
const SUMMARY_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp'];

const NO_OUTPUT = 'Printing and PDF export are not available in this window. Your summary is saved; please try again from the app.';

export function summaryHandlers(ctx: ServiceContext, services: FoundationServices, ports: SummaryPorts): HandlersFor<'summaries'> {
  const data = () => ctx.db.data;

  const findIncident = (id: string): Incident => {
    const incident = data().incidents.find((i) => i.id === id && i.trashedAt === null);
    if (incident === undefined) throw notFound('incident');
    return incident;
  };
  const stored = (incidentId: string) => data().incidentSummaries.find((s) => s.incidentId === incidentId);
  const fresh = (incidentId: string): IncidentSummaryRecord => ({
    incidentId,
    edits: {},
    includeTimeSpent: false,
    attachments: [],
    exports: [],
    updatedAt: ctx.now().toISOString(),
  });

  function factsOf(incident: Incident) {
    const { clientId, briefId } = incident.answers.happened;
    return summaryFacts({
      incident,
      client: data().clients.find((c) => c.id === clientId) ?? null,
      brief: data().briefs.find((b) => b.id === briefId) ?? null,
      profile: services.settings.get().profile,
    });
  }

  /** Screenshots in the incident's client's paper trail (entries not in the trash), newest first: all a summary may carry. */
  function attachableOf(incident: Incident): AttachableScreenshot[] {
    const { clientId } = incident.answers.happened;
    if (clientId === null) return [];
    const found = new Map<string, AttachableScreenshot>();
    const entries = data()
      .paperTrail.filter((entry) => entry.clientId === clientId && entry.trashedAt === null)
      .sort((a, b) => compareCodeUnits(b.receivedAt, a.receivedAt));
    for (const entry of entries) {
      for (const file of entry.attachments ?? []) {
        if (SUMMARY_IMAGE_TYPES.includes(file.mimeType) && !found.has(file.sha256)) {
          found.set(file.sha256, { sha256: file.sha256, fileName: file.fileName, entryAt: entry.receivedAt });
        }
      }
    }
    return [...found.values()];
  }

  /** Applies the screen's latest wording (if any), creating the record on first use. */
  async function save(changes: Changes): Promise<IncidentSummaryRecord> {
    const incident = findIncident(changes.incidentId);
    const { edits, includeTimeSpent, attachments } = changes;
    if (attachments !== undefined) {
      // Only screenshots from this client's own trail: a page cannot put another client's file in a document.
      const allowed = new Set(attachableOf(incident).map((file) => file.sha256));
      if (attachments.some((sha256) => !allowed.has(sha256))) {
        throw new ApiError('invalid_input', 'That screenshot is not in this client’s paper trail. Nothing was changed.');
      }
    }
    const existing = stored(changes.incidentId);
    if (existing !== undefined && edits === undefined && includeTimeSpent === undefined && attachments === undefined) return existing;
    const at = ctx.now().toISOString();
    let record = existing;
    // Summary records are keyed by incident, not by an id of their own, so a change rewrites the
    // summaries list in the journal: small, and not the whole document.
    await ctx.db.mutate((_doc, touch) => {
      touch.whole('incidentSummaries');
      if (record === undefined) {
        record = fresh(changes.incidentId);
        data().incidentSummaries.push(record);
      }
      // A `null` section goes back to the wording from the incident: drop the key rather than store it.
      for (const [key, value] of Object.entries(edits ?? {}) as [keyof SummaryEdits, string | null | undefined][]) {
        if (value === null) delete record.edits[key];
        else if (value !== undefined) record.edits[key] = value;
      }
      if (includeTimeSpent !== undefined) record.includeTimeSpent = includeTimeSpent;
      if (attachments !== undefined) record.attachments = [...new Set(attachments)];
      record.updatedAt = at;
    });
    return record!;
  }

  async function rendered(changes: Changes) {
    const record = await save(changes);
    const incident = findIncident(changes.incidentId);
    const facts = factsOf(incident);
    const today = localIsoDay(ctx.now());
    const paper = services.settings.get().paperSize;
    const doc = buildSummary(
      facts,
      { edits: record.edits, includeTimeSpent: record.includeTimeSpent },
      { paper, today, evidence: await evidenceOf(incident, record) },
    );
    return { record, doc, paper, today, clientName: facts.client?.name ?? null };
  }

  /** The chosen screenshots that are still in the client's trail, read from the store. */
  async function evidenceOf(incident: Incident, record: IncidentSummaryRecord): Promise<SummaryEvidence[]> {
    const attachable = new Map(attachableOf(incident).map((file) => [file.sha256, file]));
    const evidence: SummaryEvidence[] = [];
    for (const sha256 of record.attachments ?? []) {
      const file = attachable.get(sha256);
      if (file === undefined) continue;
      const dataUrl = await ports.screenshotDataUrl(sha256);
      if (dataUrl === null)
        throw new ApiError(
          'storage_failed',
          `The screenshot “${file.fileName}” could not be read. Take it out of the summary, or restore a backup, and try again.`,
        );
      evidence.push({ fileName: file.fileName, dataUrl });
    }
    return evidence;
  }

  async function remember(record: IncidentSummaryRecord, kind: SummaryExportKind, fileName: string | null): Promise<void> {
    await ctx.db.mutate((_doc, touch) => {
      touch.whole('incidentSummaries');
      record.exports.push({ id: ctx.newId(), kind, fileName, at: ctx.now().toISOString() });
      if (record.exports.length > MAX_REMEMBERED_EXPORTS) record.exports.splice(0, record.exports.length - MAX_REMEMBERED_EXPORTS);
    });
  }

  function output(): DocumentOutputPort {
    if (ports.output === undefined) throw new ApiError('internal', NO_OUTPUT);
    return ports.output;
  }

  async function saveFile(changes: Changes, kind: 'pdf' | 'html') {
    const port = kind === 'pdf' ? output() : undefined;
    const { record, doc, paper, today, clientName } = await rendered(changes);
    const path = await ports.dialogs.chooseSavePath({
      title: kind === 'pdf' ? 'Export the summary as a PDF' : 'Save the summary as a web page',
      defaultName: summaryFileName(clientName, today, kind),
      extensions: [kind],
    });
    if (path === null) return null;
    const html = summaryDocumentHtml(doc);
    let bytes: Uint8Array | string = html;
    if (port !== undefined) {
      try {
        bytes = await port.pdfFromHtml(html, paper);
      } catch {
        throw new ApiError('internal', 'The PDF could not be made. Nothing was saved; please try again.');
      }
    }
    try {
      await writeFileDurably(ports.fs, path, bytes);
    } catch {
      throw new ApiError('storage_failed', 'The file could not be saved there. Nothing was changed; choose another folder and try again.');
    }
    const fileName = basename(path);
    await remember(record, kind, fileName);
    return { fileName };
  }

  return subjectHandlers(ctx, 'summaries', {
    get: reads(({ incidentId }): SummaryView => {
      const incident = findIncident(incidentId);
      return {
        incidentId,
        incidentStatus: incident.status,
        facts: factsOf(incident),
        record: structuredClone(stored(incidentId) ?? fresh(incidentId)),
        paper: services.settings.get().paperSize,
        today: localIsoDay(ctx.now()),
        attachable: attachableOf(incident),
      };
    }),

    update: writes(['summaries'], async (changes) => structuredClone(await save(changes))),

    print: writes(['summaries'], async (changes) => {
      const port = output();
      const { record, doc, paper } = await rendered(changes);
      let printed: boolean;
      try {
        printed = await port.printHtml(summaryDocumentHtml(doc), paper);
      } catch {
        throw new ApiError('internal', 'The summary could not be sent to the printer. Please try again.');
      }
      if (printed) await remember(record, 'print', null);
      return { printed };
    }),

    exportPdf: writes(['summaries'], (changes) => saveFile(changes, 'pdf')),
    saveHtml: writes(['summaries'], (changes) => saveFile(changes, 'html')),

    copy: writes(['summaries'], async ({ format, ...changes }) => {
      const port = output();
      const { record, doc } = await rendered(changes);
      const text = format === 'markdown' ? summaryMarkdown(doc) : summaryPlainText(doc);
      await port.copyText(text);
      await remember(record, format, null);
      return { format, characters: text.length };
    }),
  });
}
