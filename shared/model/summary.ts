// The client-facing summary of an incident, as the VA shapes it: their wording per section, whether the
// time spent is shown, and what they exported when. Kept in its own collection, keyed by incident, so the
// incident record stays the flow's alone and the summary can be edited after the incident is closed.
import { z } from 'zod';
import { formatCount, id, isoDateTime } from './common';

/** The parts of the summary the VA can reword. Header, date and signature come from Settings. */
export const summarySectionKeys = ['title', 'happened', 'impact', 'done', 'status', 'prevention'] as const;
export const summarySectionKey = z.enum(summarySectionKeys);
export type SummarySectionKey = z.infer<typeof summarySectionKey>;

export const MAX_SUMMARY_TITLE = 200;
export const MAX_SUMMARY_SECTION = 5_000;

const sectionText = (max: number) =>
  z
    .string()
    .max(max, `Keep this under ${formatCount(max)} characters.`)
    .nullable();

/**
 * The VA's own wording per section. Absent or `null` means "the wording prefilled from the incident",
 * so later changes to the incident still show until the VA rewords that section.
 */
export const summaryEdits = z
  .object({
    title: sectionText(MAX_SUMMARY_TITLE),
    happened: sectionText(MAX_SUMMARY_SECTION),
    impact: sectionText(MAX_SUMMARY_SECTION),
    done: sectionText(MAX_SUMMARY_SECTION),
    status: sectionText(MAX_SUMMARY_SECTION),
    prevention: sectionText(MAX_SUMMARY_SECTION),
  })
  .partial()
  .strict();
export type SummaryEdits = z.infer<typeof summaryEdits>;

export const summaryExportKind = z.enum(['pdf', 'html', 'print', 'email-text', 'markdown']);
export type SummaryExportKind = z.infer<typeof summaryExportKind>;

/** One output: a saved file (with its name, never its folder), a print, or a copy to the clipboard. */
export const summaryExport = z.object({
  id,
  kind: summaryExportKind,
  fileName: z.string().max(300).nullable(),
  at: isoDateTime,
});
export type SummaryExport = z.infer<typeof summaryExport>;

/** How many captured screenshots one summary may carry. */
export const MAX_SUMMARY_ATTACHMENTS = 12;

/** A captured file chosen to go with the summary, by its content address (see the paper trail's attachments). */
export const summaryAttachmentRef = z.string().regex(/^[0-9a-f]{64}$/, 'That is not a stored file reference.');

export const summaryAttachments = z
  .array(summaryAttachmentRef)
  .max(MAX_SUMMARY_ATTACHMENTS, `A summary can carry up to ${formatCount(MAX_SUMMARY_ATTACHMENTS)} screenshots.`);

/** How many exports are remembered per incident: enough to answer "what did I send, and when?". */
export const MAX_REMEMBERED_EXPORTS = 100;

export const incidentSummaryRecord = z.object({
  incidentId: id,
  edits: summaryEdits,
  /** Off unless the VA chooses it: time spent is theirs to share. */
  includeTimeSpent: z.boolean(),
  /** Screenshots from the paper trail the VA chose to include; none unless they choose (older records have none). */
  attachments: summaryAttachments.default([]),
  exports: z.array(summaryExport).max(MAX_REMEMBERED_EXPORTS),
  updatedAt: isoDateTime,
});
export type IncidentSummaryRecord = z.infer<typeof incidentSummaryRecord>;

export const summaryCollections = {
  incidentSummaries: z.array(incidentSummaryRecord).default([]),
};
