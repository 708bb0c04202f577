// Escaping for each output format. User text only ever reaches a document through these.

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The only image URLs a summary carries: an inline PNG, JPEG or WebP, so printing needs no file or network access. */
export function isSafeImageDataUrl(url: string): boolean {
  return /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(url);
}

/**
 * Markdown: backslash-escapes the punctuation that can start markup anywhere in a line (emphasis, code,
 * links and images — an escaped "[" disarms "![" and "](" too — raw HTML, entities, tables, strikethrough),
 * then what would start a block at the beginning of a line (headings, lists, rules, setext underlines).
 * Other punctuation is left alone so the raw text stays readable. It reads the same once rendered.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=#])/gmu, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gmu, '$1\\$2');
}
