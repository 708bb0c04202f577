// The summary's stylesheet, one source for the preview, print and PDF: always light, whatever the app's theme,
// with page sizes and page breaks for paper. No url(), no @import, no fonts to fetch: everything is offline.
import type { PaperSize } from '../../model/settings';

export const PAPER: Readonly<Record<PaperSize, { css: string; width: string; height: string; label: string }>> = {
  a4: { css: 'A4', width: '210mm', height: '297mm', label: 'A4' },
  letter: { css: 'letter', width: '8.5in', height: '11in', label: 'US Letter' },
};

const MARGIN = { vertical: '18mm', horizontal: '20mm' };

/** How the document itself looks, on paper and in the preview alike. */
const DOCUMENT_CSS = `
.summary { color-scheme: light; color: #1f1d1a; background: #ffffff; font: 10.5pt/1.5 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.summary * { box-sizing: border-box; }
.summary-header { display: flex; justify-content: space-between; align-items: flex-start; gap: 12mm; padding-bottom: 5mm; border-bottom: 1.5pt solid #2b6560; margin-bottom: 7mm; break-inside: avoid; }
.sender { display: flex; gap: 4mm; align-items: flex-start; flex: 1 1 auto; min-width: 0; }
.logo { max-height: 16mm; max-width: 40mm; object-fit: contain; }
.sender-text { min-width: 0; }
.sender-name { font-size: 13pt; font-weight: 700; margin: 0; line-height: 1.25; overflow-wrap: break-word; }
.sender-line { margin: 0.5mm 0 0; color: #4a463f; font-size: 9.5pt; overflow-wrap: break-word; }
.recipient { flex: 0 1 auto; min-width: 45mm; max-width: 50%; }
.meta { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 3mm; font-size: 9.5pt; }
.meta dt { color: #4a463f; font-weight: 600; margin: 0; }
.meta dd { margin: 0; overflow-wrap: break-word; }
.summary h1 { font-size: 17pt; line-height: 1.25; margin: 0 0 6mm; font-weight: 700; color: #1f1d1a; break-after: avoid; overflow-wrap: break-word; }
.part { margin: 0 0 6mm; }
.part h2 { font-size: 11.5pt; margin: 0 0 2mm; color: #22524e; font-weight: 700; break-after: avoid; }
.part p { margin: 0 0 2.5mm; overflow-wrap: break-word; orphans: 3; widows: 3; }
.part ul { margin: 0 0 2.5mm; padding-left: 6mm; }
.part-evidence figure { margin: 0 0 4mm; break-inside: avoid; }
.part-evidence img { display: block; max-width: 100%; max-height: 110mm; object-fit: contain; border: 0.75pt solid #d9d4cc; }
.part-evidence figcaption { font-size: 9pt; color: #4a463f; margin-top: 1mm; overflow-wrap: break-word; }
.part li { margin: 0 0 1mm; break-inside: avoid; overflow-wrap: break-word; }
.part .note { color: #4a463f; }
.signature { margin-top: 9mm; break-inside: avoid; }
.signature p { margin: 0; overflow-wrap: break-word; }
.missing { margin: 0 0 2.5mm; padding: 2mm 3mm; border: 1pt dashed #b07a12; border-left-width: 3pt; background: #fdf3e1; color: #5c3b00; font-weight: 600; border-radius: 1.5mm; }
.missing-mark { display: inline-block; margin-right: 2mm; }
`;

/** The whole stylesheet of an exported or printed document. */
export function printCss(paper: PaperSize): string {
  return `@page { size: ${PAPER[paper].css}; margin: ${MARGIN.vertical} ${MARGIN.horizontal}; }
html, body { margin: 0; padding: 0; background: #ffffff; color-scheme: light; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${DOCUMENT_CSS}`;
}

/**
 * The preview's stylesheet, for a shadow root: the same document rules on a sheet of the chosen paper,
 * with the print margins as padding. `--summary-zoom` (set by the page) fits the sheet to the pane.
 */
export function previewCss(paper: PaperSize): string {
  const p = PAPER[paper];
  return `:host { display: block; color-scheme: light; }
.sheet { box-sizing: border-box; zoom: var(--summary-zoom, 1); width: ${p.width}; min-height: ${p.height}; padding: ${MARGIN.vertical} ${MARGIN.horizontal}; margin: 0 auto; background: #ffffff; box-shadow: 0 1px 3px rgb(0 0 0 / 18%), 0 6px 20px rgb(0 0 0 / 10%); }
${DOCUMENT_CSS}`;
}
