// Reads an .eml (RFC 5322) message with postal-mime, after deciding that the bytes are a message at
// all: postal-mime reads anything (a PNG's first line becomes a header called "PNG"), so a file
// counts as a message only when its first line is a well-formed header field and its header block
// holds at least one of From, To, Subject, Date, Message-ID or MIME-Version. An mbox "From " line
// and blank lines before the headers are allowed, as mail apps save them so.
import type { Address, Email } from 'postal-mime';
import { htmlToText } from './htmlToText';
import { parseMailDate } from './mailDate';
import { UnreadableMessageError, unreadableWords } from './messageErrors';
import { runParser } from './parserWorker';
import { cleanBody, cleanMessageId, cleanSubject, messageAddress, repairC1, type MessageAddress, type ParsedMessage } from './messageTypes';

const MESSAGE_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version']);
/** RFC 5322 field name: printable ASCII except the colon. */
const FIELD = /^([!-9;-~]+)[ \t]*:/;
const SNIFF_BYTES = 64 * 1024;

/** Whether the start of the file is a header block naming at least one message header. */
export function looksLikeMessage(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const lines = head.split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (lines[i]?.startsWith('From ')) i++;
  let sawMessageHeader = false;
  for (let first = true; i < lines.length; i++, first = false) {
    const line = lines[i]!;
    if (line === '') break;
    if (!first && (line.startsWith(' ') || line.startsWith('\t'))) continue;
    const field = FIELD.exec(line);
    if (field === null) {
      if (first) return false;
      break;
    }
    if (MESSAGE_HEADERS.has(field[1]!.toLowerCase())) sawMessageHeader = true;
  }
  return sawMessageHeader;
}

/** Windows tools sometimes save a message as UTF-16 text with a byte-order mark. */
function asMimeBytes(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return new TextEncoder().encode(new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)));
}

function flatten(addresses: Address[] | undefined): MessageAddress[] {
  const out: MessageAddress[] = [];
  for (const a of addresses ?? []) {
    for (const box of a.group ?? [a]) {
      const clean = messageAddress(box.name, box.address);
      if (clean !== null) out.push(clean);
    }
  }
  return out;
}

function sender(from: Address | undefined): MessageAddress | null {
  if (from === undefined) return null;
  if (from.group !== undefined) return flatten(from.group)[0] ?? messageAddress(from.name, null);
  return messageAddress(from.name, from.address);
}

/**
 * When a multipart message's boundaries do not match its parts, postal-mime finds no parts at all.
 * The text is still in the file: read the body line by line, skip boundary lines and each part's
 * headers, and keep the plain-text parts (or the HTML ones, as text, when there is no plain one).
 */
export function recoverBrokenMultipart(mime: Uint8Array): string {
  const raw = new TextDecoder('utf-8').decode(mime).replace(/\r\n?/g, '\n');
  const start = raw.indexOf('\n\n');
  if (start < 0) return '';
  const plain: string[] = [];
  const html: string[] = [];
  let inPartHeaders = false;
  let partType = 'text/plain';
  for (const line of raw.slice(start + 2).split('\n')) {
    if (/^--[^\s]*$/.test(line)) {
      inPartHeaders = true;
      partType = 'text/plain';
      continue;
    }
    if (inPartHeaders) {
      if (line.trim() === '') {
        inPartHeaders = false;
        continue;
      }
      const type = /^content-type:\s*([^;\s]+)/i.exec(line);
      if (type !== null) partType = type[1]!.toLowerCase();
      if (/^[!-9;-~]+:/.test(line) || /^[ \t]/.test(line)) continue;
      inPartHeaders = false; // a part without headers: this line is already its text
    }
    if (partType === 'text/plain') plain.push(line);
    else if (partType === 'text/html') html.push(line);
  }
  const text = plain.join('\n').trim();
  return text !== '' ? text : htmlToText(html.join('\n'));
}

/** What the worker sends back: postal-mime's result with each attachment's size in place of its bytes. */
type ParsedEmail = Omit<Email, 'attachments'> & { attachments: { filename: string | null; mimeType: string; size: number }[] };

function bodyText(email: ParsedEmail, mime: Uint8Array): string {
  if (typeof email.text === 'string' && email.text.trim() !== '') return cleanBody(email.text);
  if (typeof email.html === 'string' && email.html.trim() !== '') return cleanBody(htmlToText(email.html));
  const contentType = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (email.attachments.length === 0 && /^\s*multipart\//i.test(contentType)) return cleanBody(recoverBrokenMultipart(mime));
  return '';
}

function dateHeader(email: ParsedEmail): string | undefined {
  // postal-mime turns a date it can read into ISO, and leaves any other as written; read the header itself.
  return email.headers.find((h) => h.key === 'date')?.value;
}

export async function readEml(bytes: Uint8Array): Promise<ParsedMessage> {
  const mime = asMimeBytes(bytes);
  if (!looksLikeMessage(mime)) throw new UnreadableMessageError(unreadableWords.notMessage);
  const reply = await runParser<ParsedEmail>('eml', mime);
  if (!reply.ok) throw new UnreadableMessageError(unreadableWords.brokenMessage, { cause: new Error(reply.message) });
  const email = reply.value;
  return {
    from: sender(email.from),
    to: flatten(email.to),
    sentAt: parseMailDate(dateHeader(email)),
    subject: cleanSubject(email.subject),
    text: bodyText(email, mime),
    messageId: cleanMessageId(email.messageId),
    attachments: email.attachments.map((a) => ({
      fileName: repairC1(a.filename ?? '').trim() || null,
      mimeType: a.mimeType || 'application/octet-stream',
      size: a.size,
    })),
  };
}
