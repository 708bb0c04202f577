// The summary as plain text for an email body: title, who it is for and when, each section under its own
// heading, then the signature and contact details. Lines are not hard-wrapped, so the mail program wraps
// them to the reader's window. Missing parts are left out, as in every export.
import type { Block } from './blocks';
import type { SummaryDocument } from './build';

function blockText(block: Block): string {
  return block.kind === 'list' ? block.items.map((i) => `  • ${i}`).join('\n') : block.lines.join('\n');
}

/** Blank lines between blocks, except that a list follows straight on from a line ending in a colon. */
function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b, i) => {
      const previous = blocks[i - 1];
      const leadsIn = previous?.kind === 'paragraph' && b.kind === 'list' && previous.lines.at(-1)?.endsWith(':');
      return `${i === 0 ? '' : leadsIn ? '\n' : '\n\n'}${blockText(b)}`;
    })
    .join('');
}

export function summaryPlainText(doc: SummaryDocument): string {
  const out: string[] = [];
  out.push(`${doc.title}\n${'='.repeat(Math.min(Math.max(doc.title.length, 3), 60))}`);
  out.push([doc.recipient ? `${doc.labels.for}: ${doc.recipient}` : '', `${doc.labels.date}: ${doc.date}`].filter(Boolean).join('\n'));
  for (const section of doc.sections) {
    if (section.blocks.length === 0 && section.note === null) continue;
    const body = [blocksText(section.blocks), section.note ?? ''].filter(Boolean).join('\n\n');
    out.push(`${section.heading}\n${'-'.repeat(Math.min(section.heading.length, 60))}\n${body}`);
  }
  // Text cannot carry the screenshots: name them, so the VA attaches them to the email.
  if (doc.evidence.length > 0) out.push(`${doc.labels.attached}: ${doc.evidence.map((item) => item.fileName).join(', ')}`);
  const s = doc.sender;
  const contact = [
    s.personName && s.personName !== doc.signature.at(-1) ? s.personName : '',
    s.displayName !== doc.signature.at(-1) ? s.displayName : '',
    ...s.contact,
  ].filter(Boolean);
  const closing = [doc.signature.join('\n'), contact.join('\n')].filter(Boolean);
  if (closing.length > 0) out.push(closing.join('\n\n'));
  return `${out.filter(Boolean).join('\n\n')}\n`;
}
