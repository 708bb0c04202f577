// The summary as HTML: the article (for the in-app preview) and the whole standalone document (for print,
// PDF and "Save as HTML"). Every piece of text goes through escapeHtml; the markup uses classes only, never
// style attributes, so the app's own CSP (no inline styles) can show the same article in its preview.
import type { Block } from './blocks';
import type { SummaryDocument, SummarySection } from './build';
import { escapeHtml, isSafeImageDataUrl } from './escape';
import { printCss } from './styles';

/** The standalone document may show inline styles and inline images, and nothing else: no script, no fetch. */
export const SUMMARY_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** `preview` marks what is missing so the VA can fill it in; `export` leaves missing parts out. */
export type RenderMode = 'preview' | 'export';

const e = escapeHtml;

function missingNote(message: string): string {
  return `<p class="missing" role="note"><span class="missing-mark" aria-hidden="true">⚠</span>${e(message)}</p>`;
}

function blockHtml(block: Block): string {
  if (block.kind === 'list') return `<ul>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  return `<p>${block.lines.map(e).join('<br>')}</p>`;
}

function sectionHtml(section: SummarySection, mode: RenderMode): string {
  const hasContent = section.blocks.length > 0 || section.note !== null;
  if (!hasContent && mode === 'export') return '';
  const body = [
    ...section.blocks.map(blockHtml),
    section.missing !== null && mode === 'preview' ? missingNote(section.missing) : '',
    section.note !== null ? `<p class="note">${e(section.note)}</p>` : '',
  ].join('');
  return `<section class="part part-${section.key}"><h2>${e(section.heading)}</h2>${body}</section>`;
}

function headerHtml(doc: SummaryDocument, mode: RenderMode): string {
  const s = doc.sender;
  const preview = mode === 'preview';
  const logo =
    s.logoDataUrl !== null && isSafeImageDataUrl(s.logoDataUrl)
      ? `<img class="logo" src="${e(s.logoDataUrl)}" alt="${e(s.displayName ? `${s.displayName} logo` : 'Logo')}">`
      : '';
  const senderLines = [
    s.displayName ? `<p class="sender-name">${e(s.displayName)}</p>` : preview && doc.gaps.sender ? missingNote(doc.gaps.sender) : '',
    s.personName ? `<p class="sender-line">${e(s.personName)}</p>` : '',
    ...s.contact.map((c) => `<p class="sender-line">${e(c)}</p>`),
    preview && doc.gaps.contact ? missingNote(doc.gaps.contact) : '',
  ].join('');
  const meta = [doc.recipient ? `<dt>${e(doc.labels.for)}</dt><dd>${e(doc.recipient)}</dd>` : '', `<dt>${e(doc.labels.date)}</dt><dd>${e(doc.date)}</dd>`].join(
    '',
  );
  const recipientGap = preview && doc.gaps.recipient ? missingNote(doc.gaps.recipient) : '';
  return `<header class="summary-header"><div class="sender">${logo}<div class="sender-text">${senderLines}</div></div><div class="recipient"><dl class="meta">${meta}</dl>${recipientGap}</div></header>`;
}

/** Screenshots the VA chose, each with its file name; anything that is not a safe image data URL is left out. */
function evidenceHtml(doc: SummaryDocument): string {
  const shown = doc.evidence.filter((item) => isSafeImageDataUrl(item.dataUrl));
  if (shown.length === 0) return '';
  const figures = shown.map((item) => `<figure><img src="${e(item.dataUrl)}" alt="${e(item.fileName)}"><figcaption>${e(item.fileName)}</figcaption></figure>`);
  return `<section class="part part-evidence"><h2>${e(doc.labels.attached)}</h2>${figures.join('')}</section>`;
}

function signatureHtml(doc: SummaryDocument, mode: RenderMode): string {
  if (doc.signature.length > 0) return `<footer class="signature"><p>${doc.signature.map(e).join('<br>')}</p></footer>`;
  return mode === 'preview' && doc.gaps.signature ? `<footer class="signature">${missingNote(doc.gaps.signature)}</footer>` : '';
}

/** The document's content as one `<article>`, without page or style: what the preview shows in its sheet. */
export function summaryArticleHtml(doc: SummaryDocument, mode: RenderMode): string {
  return [
    '<article class="summary" lang="en-GB">',
    headerHtml(doc, mode),
    `<h1>${e(doc.title)}</h1>`,
    ...doc.sections.map((s) => sectionHtml(s, mode)),
    evidenceHtml(doc),
    signatureHtml(doc, mode),
    '</article>',
  ].join('');
}

/** A complete, self-contained HTML file: its own CSP, its own print stylesheet, nothing to fetch. */
export function summaryDocumentHtml(doc: SummaryDocument): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(SUMMARY_CONTENT_SECURITY_POLICY)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light">',
    `<title>${e(doc.title)}</title>`,
    `<style>${printCss(doc.paper)}</style>`,
    '</head>',
    '<body>',
    summaryArticleHtml(doc, 'export'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
