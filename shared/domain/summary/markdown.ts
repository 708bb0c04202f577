// The summary as Markdown, for tools that take it (a project board, a shared doc). User text is escaped so
// it renders as the words typed, never as links, images or HTML. The logo is left out: Markdown has no
// inline image that every tool accepts. Missing parts are left out, as in every export.
import type { Block } from './blocks';
import type { SummaryDocument } from './build';
import { escapeMarkdown as md } from './escape';

/** A CommonMark hard line break (a backslash at the end of the line), which editors do not trim away. */
const lines = (parts: string[]) => parts.map(md).join('\\\n');

function blockMarkdown(block: Block): string {
  return block.kind === 'list' ? block.items.map((i) => `- ${md(i)}`).join('\n') : lines(block.lines);
}

export function summaryMarkdown(doc: SummaryDocument): string {
  const out: string[] = [`# ${md(doc.title)}`];
  const meta = [doc.recipient ? `**${doc.labels.for}:** ${md(doc.recipient)}` : '', `**${doc.labels.date}:** ${md(doc.date)}`];
  const s = doc.sender;
  const from = [s.displayName, s.personName ?? '', ...s.contact].filter(Boolean).map(md).join(' · ');
  if (from) meta.push(`**${doc.labels.from}:** ${from}`);
  out.push(meta.filter(Boolean).join('\\\n'));
  for (const section of doc.sections) {
    if (section.blocks.length === 0 && section.note === null) continue;
    const body = [...section.blocks.map(blockMarkdown), ...(section.note !== null ? [`*${md(section.note)}*`] : [])];
    out.push(`## ${md(section.heading)}`, body.join('\n\n'));
  }
  if (doc.evidence.length > 0) out.push(`**${doc.labels.attached}:** ${doc.evidence.map((item) => md(item.fileName)).join(', ')}`);
  if (doc.signature.length > 0) out.push('---', lines(doc.signature));
  return `${out.join('\n\n')}\n`;
}
