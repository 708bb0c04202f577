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

export const paperTrailEntry = paperTrailEntryFields.extend({
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
