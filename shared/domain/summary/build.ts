// Builds the summary document: one structure that every output (preview, print, PDF, HTML, email text,
// Markdown) renders. It holds plain text only; escaping is each renderer's job.
import type { PaperSize } from '../../model/settings';
import type { SummaryEdits, SummarySectionKey } from '../../model/summary';
import { formatMinutes } from '../incidentTime';
import { type Block, cleanLine, cleanText, toBlocks } from './blocks';
import type { SummaryFacts } from './facts';
import { summaryWords } from '../incidentVerdict';
import { prefilledSections, type SectionTexts } from './prefill';
import { type BodySectionKey, LABELS, longDate, MISSING, SECTION_HEADINGS, timeSpentSentence } from './words';

export interface SummaryDraft {
  edits: SummaryEdits;
  includeTimeSpent: boolean;
}

/** A screenshot the VA chose to include, as an image data URL (never a file address). */
export interface SummaryEvidence {
  fileName: string;
  dataUrl: string;
}

export interface SummarySection {
  key: BodySectionKey;
  heading: string;
  blocks: Block[];
  /** A line the VA cannot reword because it is a figure (the time spent), shown after the blocks. */
  note: string | null;
  /** Set when the section has nothing to say: the preview shows it, exports leave the section out. */
  missing: string | null;
}

export interface SummaryDocument {
  paper: PaperSize;
  title: string;
  /** Written out, e.g. "22 November 2026". */
  date: string;
  sender: { displayName: string; personName: string | null; contact: string[]; logoDataUrl: string | null };
  /** "Grace Lin, Lin Bakery", or null when the incident has no client yet. */
  recipient: string | null;
  sections: SummarySection[];
  /** Screenshots included by choice, after the sections; empty unless the VA chose some. */
  evidence: SummaryEvidence[];
  signature: string[];
  labels: typeof LABELS;
  /** Reminders for the preview about the header and signature (never rendered into an export). */
  gaps: { sender: string | null; contact: string | null; recipient: string | null; signature: string | null };
}

export interface BuildOptions {
  paper: PaperSize;
  /** The document's date, YYYY-MM-DD. */
  today: string;
  /** The chosen screenshots, read by whoever builds the document (the core, or the preview through it). */
  evidence?: readonly SummaryEvidence[];
}

const BODY_KEYS: readonly BodySectionKey[] = ['happened', 'impact', 'done', 'status', 'prevention'];

/** The text each section shows: the VA's wording where they changed it, otherwise the prefilled wording. */
export function sectionTexts(facts: SummaryFacts, edits: SummaryEdits): SectionTexts {
  const prefilled = prefilledSections(facts);
  const pick = (key: SummarySectionKey) => edits[key] ?? prefilled[key];
  return {
    title: pick('title'),
    happened: pick('happened'),
    impact: pick('impact'),
    done: pick('done'),
    status: pick('status'),
    prevention: pick('prevention'),
  };
}

export function buildSummary(facts: SummaryFacts, draft: SummaryDraft, options: BuildOptions): SummaryDocument {
  const texts = sectionTexts(facts, draft.edits);
  const s = facts.sender;
  const name = cleanLine(s.name);
  const business = cleanLine(s.businessName);
  const contact = [cleanLine(s.email), cleanLine(s.phone)].filter(Boolean);
  const client = facts.client ? [cleanLine(facts.client.name), cleanLine(facts.client.business)].filter(Boolean).join(', ') : '';
  const signature = cleanText(s.signature);
  const signatureLines = signature ? signature.split('\n') : name ? [name] : [];
  const timeSpent = draft.includeTimeSpent && facts.timeSpentMinutes > 0 ? timeSpentSentence(formatMinutes(facts.timeSpentMinutes)) : null;

  const kindWords = summaryWords(facts.kind);
  const sections = BODY_KEYS.map((key): SummarySection => {
    const blocks = toBlocks(texts[key]);
    const note = key === 'done' ? timeSpent : null;
    // The last section is named for what the document is: no "so it doesn't happen again" when nothing went wrong.
    const heading = key === 'prevention' ? kindWords.preventionHeading : SECTION_HEADINGS[key];
    const missing = key === 'prevention' ? kindWords.preventionMissing : MISSING[key];
    return { key, heading, blocks, note, missing: blocks.length === 0 ? missing : null };
  });

  return {
    paper: options.paper,
    title: cleanLine(texts.title) || cleanLine(prefilledSections(facts).title),
    date: longDate(options.today),
    sender: {
      displayName: business || name,
      personName: business && name ? name : null,
      contact,
      logoDataUrl: s.logoDataUrl === '' ? null : s.logoDataUrl,
    },
    recipient: client || null,
    sections,
    evidence: (options.evidence ?? []).map((item) => ({ fileName: cleanLine(item.fileName), dataUrl: item.dataUrl })),
    signature: signatureLines,
    labels: LABELS,
    gaps: {
      sender: business || name ? null : MISSING.sender,
      contact: contact.length > 0 ? null : MISSING.contact,
      recipient: client ? null : MISSING.client,
      signature: signatureLines.length > 0 ? null : MISSING.signature,
    },
  };
}
