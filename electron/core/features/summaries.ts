// Handlers for the summaries operations declared in shared/operations/summaries.ts.
// Every output is rebuilt here from stored data through the allow-list (summaryFacts), never taken from the
// renderer, so a page cannot smuggle anything into a file. Files are written where the VA chose in the
// native dialog; only their names (never their folders) are remembered with the summary.
import { basename } from 'node:path';
import { buildSummary, summaryDocumentHtml, summaryFacts, summaryFileName, summaryMarkdown, summaryPlainText } from '../../../shared/domain/summary';
import { ApiError } from '../../../shared/envelope';
import type { Incident } from '../../../shared/model/incident';
import { type IncidentSummaryRecord, MAX_REMEMBERED_EXPORTS, type SummaryEdits, type SummaryExportKind } from '../../../shared/model/summary';
import type { SummaryView } from '../../../shared/operations/summaries';
import type { HandlersFor } from '../dispatcher';
import type { FsPort } from '../fs/fsPort';
import type { DialogPort } from '../services/backups';
import { localIsoDate, notFound, type ServiceContext } from '../services/context';
import type { DocumentOutputPort } from '../services/documentOutput';
import { writeFileDurably } from '../storage/durableWrite';
import type { FoundationServices } from './services';

export interface SummaryPorts {
  fs: FsPort;
  dialogs: DialogPort;
  /** Absent where nothing can print (plain-Node tests): those operations then say so calmly. */
  output: DocumentOutputPort | undefined;
}

interface Changes {
  incidentId: string;
  edits?: SummaryEdits | undefined;
  includeTimeSpent?: boolean | undefined;
}

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

  /** Applies the screen's latest wording (if any), creating the record on first use. */
  async function save(changes: Changes): Promise<IncidentSummaryRecord> {
    findIncident(changes.incidentId);
    const { edits, includeTimeSpent } = changes;
    const existing = stored(changes.incidentId);
    if (existing !== undefined && edits === undefined && includeTimeSpent === undefined) return existing;
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
      record.updatedAt = at;
    });
    ctx.changed('summaries');
    return record!;
  }

  async function rendered(changes: Changes) {
    const record = await save(changes);
    const incident = findIncident(changes.incidentId);
    const facts = factsOf(incident);
    const today = localIsoDate(ctx.now());
    const paper = services.settings.get().paperSize;
    const doc = buildSummary(facts, { edits: record.edits, includeTimeSpent: record.includeTimeSpent }, { paper, today });
    return { record, doc, paper, today, clientName: facts.client?.name ?? null };
  }

  async function remember(record: IncidentSummaryRecord, kind: SummaryExportKind, fileName: string | null): Promise<void> {
    await ctx.db.mutate((_doc, touch) => {
      touch.whole('incidentSummaries');
      record.exports.push({ id: ctx.newId(), kind, fileName, at: ctx.now().toISOString() });
      if (record.exports.length > MAX_REMEMBERED_EXPORTS) record.exports.splice(0, record.exports.length - MAX_REMEMBERED_EXPORTS);
    });
    ctx.changed('summaries');
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

  return {
    'summaries.get': ({ incidentId }): SummaryView => {
      const incident = findIncident(incidentId);
      return {
        incidentId,
        incidentStatus: incident.status,
        facts: factsOf(incident),
        record: structuredClone(stored(incidentId) ?? fresh(incidentId)),
        paper: services.settings.get().paperSize,
        today: localIsoDate(ctx.now()),
      };
    },

    'summaries.update': async (changes) => structuredClone(await save(changes)),

    'summaries.print': async (changes) => {
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
    },

    'summaries.exportPdf': (changes) => saveFile(changes, 'pdf'),
    'summaries.saveHtml': (changes) => saveFile(changes, 'html'),

    'summaries.copy': async ({ format, ...changes }) => {
      const port = output();
      const { record, doc } = await rendered(changes);
      const text = format === 'markdown' ? summaryMarkdown(doc) : summaryPlainText(doc);
      await port.copyText(text);
      await remember(record, format, null);
      return { format, characters: text.length };
    },
  };
}
