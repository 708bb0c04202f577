// Default file names for exported summaries, safe on Windows, macOS and Linux:
// "Incident summary - Grace Lin - 2026-11-22.pdf".
import { cleanLine } from './blocks';

const MAX_NAME_PART = 60;

/** A client's name as part of a file name: no path or reserved characters, no leading or trailing dots. */
export function fileNamePart(text: string): string {
  const cleaned = cleanLine(text)
    // Reserved on Windows (and "/" everywhere); control characters are already gone.
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return [...cleaned].slice(0, MAX_NAME_PART).join('').trim();
}

export function summaryFileName(clientName: string | null, isoDay: string, extension: 'pdf' | 'html'): string {
  const client = clientName ? fileNamePart(clientName) : '';
  return `${['Incident summary', client, isoDay].filter(Boolean).join(' - ')}.${extension}`;
}
