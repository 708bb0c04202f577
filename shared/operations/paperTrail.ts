// Operations of the paper trail: listing, adding and correcting entries, and capturing them where they happen
// (email files, screenshots and other files).
// Bytes cross the bridge as base64 inside JSON; the length of each string is checked here, before
// anything is decoded, so an oversized file is refused at the door.
import { z } from 'zod';
import { id } from '../model/common';
import type { PaperTrailEntry } from '../model/paperTrail';
import { paperTrailEntryFields } from '../model/paperTrail';
import { op } from './op';

export const CAPTURE_FILE_LIMIT_BYTES = 25 * 1024 * 1024;
/** The longest base64 text a 25 MB file can give (4 characters for every 3 bytes, padded). */
const MAX_BASE64 = Math.ceil(CAPTURE_FILE_LIMIT_BYTES / 3) * 4;
export const CAPTURE_FILES_PER_CALL = 20;

export const tooLargeMessage = (name: string, bytes: number) =>
  `“${name}” is ${bytes < 25.05 * 1024 * 1024 ? 'just over 25' : (bytes / (1024 * 1024)).toFixed(1)} MB. Files up to 25 MB can be kept; a smaller copy, or a screenshot of the part that matters, will do.`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'That is not a file Steadyhand keeps.');

export const capturedFile = z
  .object({
    name: z.string().min(1, 'A file needs a name.').max(255, 'A file name can be at most 255 characters.'),
    bytesBase64: z
      .string()
      .max(MAX_BASE64, 'Files up to 25 MB can be kept; a smaller copy, or a screenshot of the part that matters, will do.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That file did not arrive whole. Please add it again.'),
  })
  .strict();
export type CapturedFile = z.infer<typeof capturedFile>;

const files = z.array(capturedFile).min(1, 'Choose at least one file.').max(CAPTURE_FILES_PER_CALL, `Add up to ${CAPTURE_FILES_PER_CALL} files at a time.`);

/** What became of one file: a new entry, a message already in the trail, or a file that could not be read. */
export type CaptureOutcome =
  { fileName: string; entry: PaperTrailEntry } | { fileName: string; duplicate: string; subject: string } | { fileName: string; unreadable: string };

export const paperTrailOperations = {
  list: op(
    z
      .object({ clientId: id.optional(), briefId: id.optional() })
      .strict()
      .refine((v) => v.clientId !== undefined || v.briefId !== undefined, 'Choose a client or a brief.'),
  ).returns<PaperTrailEntry[]>(),
  add: op(z.object({ clientId: id, briefId: id.nullable(), fields: paperTrailEntryFields }).strict()).returns<PaperTrailEntry>(),
  correct: op(z.object({ id, fields: paperTrailEntryFields }).strict()).returns<PaperTrailEntry>(),
  /** Each .eml/.msg becomes an entry with its original kept; an image, PDF or other file becomes an entry holding it. */
  captureFiles: op(z.object({ clientId: id, briefId: id.nullable(), files }).strict()).returns<CaptureOutcome[]>(),
  /** Adds evidence to an existing entry. Its words never change, so the trail stays append-only. */
  attachFiles: op(z.object({ entryId: id, files }).strict()).returns<PaperTrailEntry>(),
  /** A kept image or PDF as a data URL, for thumbnails and viewing under the CSP (never a file:// address). */
  attachment: op(z.object({ sha256 }).strict()).returns<{ dataUrl: string; mimeType: string }>(),
  /** Asks where to save a copy of a kept file and writes its bytes there. The app never opens or runs it. */
  saveAttachmentAs: op(z.object({ sha256, fileName: z.string().min(1).max(255) }).strict()).returns<{ fileName: string } | null>(),
} as const;
