// What a captured file is, decided from its bytes (names lie: saved mail is often renamed), and the
// safe name it is kept and offered under.
import { basename } from 'node:path';
import { hasCompoundFileSignature } from './compoundFile';

/** Images Chromium shows by itself; HEIC is kept and offered as a file, since Chromium does not decode it. */
export const SHOWABLE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The MIME type of the bytes when they are an image or a PDF we recognise; otherwise null. */
export function sniffEvidenceType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|heif)$/.test(ascii(bytes, 8, 12))) return 'image/heic';
  return null;
}

export type CaptureKind = { kind: 'message'; format: 'eml' | 'msg' } | { kind: 'evidence'; mimeType: string };

/**
 * A file is read as a message when its bytes are an Outlook compound file named .msg (a Word 97
 * document is a compound file too) or when it is named .eml; an image or PDF is evidence whatever its
 * name; anything else is kept as a plain file.
 */
export function captureKind(bytes: Uint8Array, fileName: string): CaptureKind {
  const evidence = sniffEvidenceType(bytes);
  if (evidence !== null) return { kind: 'evidence', mimeType: evidence };
  const extension = extensionOf(fileName);
  if (hasCompoundFileSignature(bytes)) {
    return extension === 'msg' || extension === 'eml' ? { kind: 'message', format: 'msg' } : { kind: 'evidence', mimeType: 'application/octet-stream' };
  }
  if (extension === 'eml' || extension === 'msg') return { kind: 'message', format: 'eml' };
  return { kind: 'evidence', mimeType: 'application/octet-stream' };
}

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match === null ? '' : match[1]!.toLowerCase();
}

/** The last part of whatever name the page sent, without control characters or path separators. */
export function safeFileName(name: string): string {
  const clean = [...basename(name.replace(/\\/g, '/'))]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? '_' : c))
    .join('')
    .trim();
  return (clean === '' || clean === '.' || clean === '..' ? 'file' : clean).slice(0, 255);
}
