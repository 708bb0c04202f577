// Operations of the client-facing incident summary: its sections, edits, pictures, and print, PDF, HTML and copy.
//
// `get` hands the renderer only the allow-listed facts (never the whole incident), so the preview is built
// from exactly what an export is built from. Every output operation takes the screen's latest wording too,
// so what is printed or saved is what the VA sees, even if the autosave has not caught up yet.
import { z } from 'zod';
import type { SummaryFacts } from '../domain/summary/facts';
import { id } from '../model/common';
import type { IncidentStatus } from '../model/incident';
import type { PaperSize } from '../model/settings';
import { type IncidentSummaryRecord, summaryAttachments, summaryEdits } from '../model/summary';
import { op } from './op';

export interface SummaryView {
  incidentId: string;
  incidentStatus: IncidentStatus;
  facts: SummaryFacts;
  /** What the VA has saved; defaults (no edits, time spent left out, nothing exported) before the first save. */
  record: IncidentSummaryRecord;
  paper: PaperSize;
  /** The document's date on the VA's computer, YYYY-MM-DD. */
  today: string;
  /** Screenshots in this client's paper trail that the VA may choose to include, newest first. */
  attachable: AttachableScreenshot[];
}

export interface AttachableScreenshot {
  sha256: string;
  fileName: string;
  /** When the paper-trail entry holding it was received or sent. */
  entryAt: string;
}

export interface SavedFile {
  fileName: string;
}

const changes = {
  incidentId: id,
  /** Sections to reword; `null` goes back to the wording from the incident. Sections left out stay as they are. */
  edits: summaryEdits.optional(),
  includeTimeSpent: z.boolean().optional(),
  /** The screenshots to include, replacing the earlier choice; left out, the choice stays as it is. */
  attachments: summaryAttachments.optional(),
};

export const copyFormat = z.enum(['email-text', 'markdown']);
export type CopyFormat = z.infer<typeof copyFormat>;

export const summaryOperations = {
  get: op(z.object({ incidentId: id }).strict()).returns<SummaryView>(),
  /** Autosave of the VA's wording and choices. */
  update: op(z.object(changes).strict()).returns<IncidentSummaryRecord>(),
  /** Opens the system print dialog; `printed` is false when the VA cancelled it. */
  print: op(z.object(changes).strict()).returns<{ printed: boolean }>(),
  /** Asks where to save (native dialog), then writes the PDF; null when the VA cancelled. */
  exportPdf: op(z.object(changes).strict()).returns<SavedFile | null>(),
  saveHtml: op(z.object(changes).strict()).returns<SavedFile | null>(),
  /** Puts the summary on the clipboard as email text or Markdown. */
  copy: op(z.object({ ...changes, format: copyFormat }).strict()).returns<{ format: CopyFormat; characters: number }>(),
} as const;
