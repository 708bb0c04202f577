// User text on its way into a client-facing document: cleaned of invisible tricks, then split into
// paragraphs and bullet lists. Every renderer escapes the result for its own format; nothing here is markup.

/** A paragraph keeps its line breaks; a list is consecutive lines that start with "- ", "* " or "• ". */
export type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

// Direction overrides and isolates can make text read differently from what it is (the "Trojan Source"
// trick); a summary has no need for them. Other control characters would only garble an email.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Line endings made plain, tricks removed, tabs as spaces, trailing spaces and outer blank lines dropped. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(DIRECTION_CONTROLS, '')
    .replace(/\t/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .trim();
}

/** One line of text for places that cannot hold a break (a name, a title). */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s*\n\s*/g, ' ');
}

const BULLET = /^\s*[-*•]\s+(.*)$/u;

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of cleanText(text).split('\n')) {
    const bullet = BULLET.exec(line);
    if (line.trim() === '') {
      current = null;
    } else if (bullet) {
      if (current?.kind !== 'list') blocks.push((current = { kind: 'list', items: [] }));
      current.items.push(bullet[1]!.trim());
    } else {
      if (current?.kind !== 'paragraph') blocks.push((current = { kind: 'paragraph', lines: [] }));
      current.lines.push(line.trim());
    }
  }
  return blocks;
}

/** The blocks as editable text again: what the prefilled wording looks like in the editor. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'list' ? b.items.map((i) => `- ${i}`).join('\n') : b.lines.join('\n'))).join('\n\n');
}
