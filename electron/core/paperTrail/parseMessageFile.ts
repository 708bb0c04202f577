// Reads a dropped or chosen email file (.eml or Outlook .msg) into the facts a paper-trail entry
// needs. The kind is decided by the bytes (an Outlook file starts with the Compound File signature),
// not by the name, since saved mail is often renamed. Whatever the bytes, this resolves with a
// ParsedMessage or rejects with an UnreadableMessageError (code 'unreadable_message'): files over
// 25 MB are refused before parsing, and the parsers run on a worker that is stopped when it takes
// too long or uses too much memory.
//
// Normalised so: `to` holds the To recipients only (Cc and Bcc are left out) with groups flattened;
// `messageId` has no angle brackets; `sentAt` is strict ISO 8601 UTC or null; `text` never holds
// HTML and uses \n line ends.
import { hasCompoundFileSignature } from './compoundFile';
import { readEml } from './emlMessage';
import { UNREADABLE_MESSAGE, UnreadableMessageError, unreadableWords } from './messageErrors';
import { readMsg } from './msgMessage';
import type { ParsedMessage } from './messageTypes';

export type { ParsedMessage, MessageAddress } from './messageTypes';
export { UNREADABLE_MESSAGE, UnreadableMessageError } from './messageErrors';

export const MESSAGE_FILE_LIMIT_BYTES = 25 * 1024 * 1024;
/**
 * A last net on the main thread, for a worker that went silent. The worker's own limit (10 s per
 * file, parserWorker.ts) comes first; this one is long, since a file may wait behind others.
 */
const OVERALL_TIMEOUT_MS = 120_000;

export function isUnreadableMessage(error: unknown): error is UnreadableMessageError {
  return error instanceof Error && (error as { code?: unknown }).code === UNREADABLE_MESSAGE;
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnreadableMessageError(unreadableWords.tooSlow)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function parseMessageFile(bytes: Uint8Array, fileName: string): Promise<ParsedMessage> {
  try {
    if (!(bytes instanceof Uint8Array)) throw new UnreadableMessageError(unreadableWords.notMessage);
    if (bytes.byteLength === 0) throw new UnreadableMessageError(unreadableWords.empty);
    if (bytes.byteLength > MESSAGE_FILE_LIMIT_BYTES) {
      throw new UnreadableMessageError(unreadableWords.tooLarge((bytes.byteLength / (1024 * 1024)).toFixed(1)));
    }
    return await within(hasCompoundFileSignature(bytes) ? readMsg(bytes) : readEml(bytes), OVERALL_TIMEOUT_MS);
  } catch (error) {
    if (isUnreadableMessage(error)) throw error;
    throw new UnreadableMessageError(unreadableWords.other, { cause: Object.assign(new Error(`While reading ${String(fileName)}`), { cause: error }) });
  }
}
