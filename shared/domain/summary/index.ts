// The client-facing incident summary: facts (the allow-list) → document → HTML, plain text or Markdown.
export { type Block, cleanLine, cleanText, toBlocks } from './blocks';
export { buildSummary, sectionTexts, type BuildOptions, type SummaryDocument, type SummaryDraft, type SummarySection } from './build';
export { escapeHtml, escapeMarkdown, isSafeImageDataUrl } from './escape';
export { summaryFacts, type SummaryFacts, type SummarySources } from './facts';
export { fileNamePart, summaryFileName } from './fileName';
export { type RenderMode, SUMMARY_CONTENT_SECURITY_POLICY, summaryArticleHtml, summaryDocumentHtml } from './html';
export { summaryMarkdown } from './markdown';
export { summaryPlainText } from './plainText';
export { prefilledSections, type SectionTexts } from './prefill';
export { PAPER, previewCss, printCss } from './styles';
export { MISSING, SECTION_HEADINGS } from './words';
