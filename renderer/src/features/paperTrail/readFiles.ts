// Reads dropped, chosen or pasted files in the page (Electron 32+ has no File.path) into what the
// contract carries: a name and the bytes as base64. Sizes are checked before any bytes are read.
import type { CapturedFile } from '../../../../shared/operations/paperTrail';
import { CAPTURE_FILE_LIMIT_BYTES } from '../../../../shared/operations/paperTrail';
import { captureText as t } from './text';

export type ReadResult = { ok: true; file: CapturedFile } | { ok: false; message: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices, so String.fromCharCode never gets more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function readFile(file: File): Promise<ReadResult> {
  const name = file.name || 'pasted-image.png';
  if (file.size > CAPTURE_FILE_LIMIT_BYTES) {
    const mb = file.size < 25.05 * 1024 * 1024 ? 'just over 25' : (file.size / (1024 * 1024)).toFixed(1);
    return { ok: false, message: t.tooLarge(name, mb) };
  }
  return { ok: true, file: { name, bytesBase64: toBase64(new Uint8Array(await file.arrayBuffer())) } };
}

/** Only real files: a drag of text, a link or an Outlook "virtual file" brings none and is ignored. */
export function filesOf(data: DataTransfer | null): File[] {
  if (data === null) return [];
  return Array.from(data.files).filter((f) => f instanceof File);
}
