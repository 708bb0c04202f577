// Words on the summary screen, in one place. (The summary's own words, which the client reads, live in
// shared/domain/summary/words.ts.) Calm, plain, UK English.
import type { SummaryExportKind } from '../../../../shared/model/summary';

export const text = {
  /** The way in, on the incident's detail (and so at the end of the flow). */
  openFromIncident: 'Summary for the client',
  justClosed: 'The incident is closed, and everything you did is in its timeline. Here is the summary for the client: check it, then send it.',
  heading: (client: string | null) => (client ? `Summary for ${client}` : 'Summary for the client'),
  intro: 'What the client receives: what happened, what you have done and what changes. Your notes, the verdict, billing and how you felt are never included.',
  back: 'Back to the incident',
  loading: 'Loading…',
  notFound: 'This incident could not be found. It may have been moved to the trash.',
  noIncident: 'Open an incident first, then choose “Summary for the client”.',

  wordingHeading: 'Wording',
  screenshotsHeading: 'Screenshots to include',
  screenshotsHint: 'From this client’s paper trail. None goes with the summary unless you tick it.',
  titleLabel: 'Title',
  fromIncident: 'Filled in from the incident. Edit it to use your own words.',
  yourWording: 'Your own wording.',
  useIncidentWording: 'Use the wording from the incident',
  listHint: 'Start a line with “- ” to make a list.',
  includeTime: (duration: string) => `Include the time I spent putting this right (${duration})`,
  noTimeLogged: 'No time is logged on this incident, so there is nothing to include.',
  timeHint: 'Only the total is shown. Your time notes and billing stay private.',

  actionsHeading: 'Send or keep a copy',
  print: 'Print…',
  exportPdf: 'Export PDF…',
  saveHtml: 'Save as HTML…',
  copyEmail: 'Copy as email text',
  copyMarkdown: 'Copy as Markdown',
  working: 'Working…',
  printed: 'Sent to the printer.',
  printCancelled: 'Printing was cancelled. Nothing was sent.',
  saved: (name: string) => `Saved “${name}”.`,
  notSaved: 'Nothing was saved.',
  copiedEmail: 'Copied as email text. Paste it into your email.',
  copiedMarkdown: 'Copied as Markdown.',
  missing: (n: number) =>
    n === 1
      ? 'One part is still empty. It is marked in the preview; files you export leave it out.'
      : `${n} parts are still empty. They are marked in the preview; files you export leave them out.`,
  complete: 'Every part is filled in.',

  previewLabel: 'Preview, as it will print',
  previewCaption: (paper: string) => `${paper}, as it will print. You can change the paper size in Settings.`,

  exportsHeading: 'Sent and saved',
  exportsEmpty: 'Nothing yet. Files you save, prints and copies are listed here with their date.',
  exportKinds: {
    pdf: 'PDF',
    html: 'Web page (HTML)',
    print: 'Printed',
    'email-text': 'Copied as email text',
    markdown: 'Copied as Markdown',
  } satisfies Record<SummaryExportKind, string>,
};

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
export const whenText = (iso: string) => WHEN.format(new Date(iso));
