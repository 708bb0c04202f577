// The paper trail: what the client actually asked, verbatim. Append-only.
import { z } from 'zod';
import { channel, id, isoDateTime, longText, shortText } from './common';

export const paperTrailEntryFields = z.object({
  receivedAt: isoDateTime,
  channel,
  words: longText('The client’s words').refine((v) => v.trim().length > 0, 'Paste or type what the client said.'),
  sourceRef: shortText('Source'),
  confirmedInWriting: z.boolean(),
  /**
   * Most entries are what the client said; a message the VA sent (a reply, an apology, an answer) is kept too,
   * marked as sent. This field alone decides "Sent by you" on screen, never the wording of `sourceRef`. Every
   * writer of sent entries has set it since it was added (0c722aa), so older files need no migration.
   */
  direction: z.enum(['received', 'sent']).default('received'),
});
/** What a caller passes: `direction` may be left out and means "received". */
export type PaperTrailEntryFields = z.input<typeof paperTrailEntryFields>;
export type PaperTrailEntryInput = PaperTrailEntryFields;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'That is not a stored file reference.');
const fileName = z.string().max(255, 'A file name can be at most 255 characters.');
const mimeType = z.string().max(120);
const fileSize = z
  .number()
  .int()
  .min(1)
  .max(25 * 1024 * 1024);
const address = z.object({ name: z.string().max(500).nullable(), address: z.string().max(500).nullable() });

/** A file kept with an entry (a screenshot, a PDF, any other file): content-addressed in the data folder. */
export const paperTrailAttachment = z.object({ sha256, fileName, mimeType, size: fileSize });
export type PaperTrailAttachment = z.infer<typeof paperTrailAttachment>;

/**
 * What capture adds to an entry (all optional, so entries written before capture stay valid as they are).
 * These are set by the core from the files themselves, never taken from a caller's input: `paperTrail.add`
 * parses `paperTrailEntryFields`, which does not have them.
 */
const capturedMaterial = {
  /** The dropped .eml/.msg file, kept byte for byte. */
  original: paperTrailAttachment.extend({ kind: z.enum(['eml', 'msg']) }).optional(),
  /** The header facts read from that file. `sentAt` null means the file had no readable date: `receivedAt` is then when it was added. */
  message: z
    .object({
      from: address.nullable(),
      to: z.array(address).max(500),
      subject: z.string().max(2_000),
      sentAt: isoDateTime.nullable(),
      messageId: z.string().max(1_000).nullable(),
    })
    .optional(),
  /** Evidence kept with the entry. Only ever added to (the words never change), so the trail stays append-only. */
  attachments: z.array(paperTrailAttachment).max(200).optional(),
  /** True when the moment the message was sent is not known (a screenshot, a mail without a date): `receivedAt` is when it was added. */
  timeUnknown: z.boolean().optional(),
};

export const paperTrailEntry = paperTrailEntryFields.extend({
  ...capturedMaterial,
  id,
  clientId: id,
  briefId: id.nullable(),
  /** A correction never edits the old entry; it points at it. */
  correctsId: id.nullable(),
  createdAt: isoDateTime,
  trashedAt: isoDateTime.nullable(),
  trashBatchId: id.nullable(),
});
export type PaperTrailEntry = z.infer<typeof paperTrailEntry>;

export const channelLabels: Record<z.infer<typeof channel>, string> = {
  email: 'Email',
  phone: 'Phone call',
  chat: 'Chat or DM',
  video: 'Video call',
  'in-person': 'In person',
  other: 'Other',
};
