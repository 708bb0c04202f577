// Reads an Outlook .msg message with @kenjiuno/msgreader. The container is checked first
// (compoundFile.ts) so a damaged file is refused at once; then the reader runs on the parser worker
// (parserWorker.ts), which is stopped if it takes too long.
import type { FieldsData } from '@kenjiuno/msgreader';
import { checkCompoundFile, isDamagedCompoundFile } from './compoundFile';
import { htmlToText } from './htmlToText';
import { parseMailDate } from './mailDate';
import { UnreadableMessageError, unreadableWords } from './messageErrors';
import { runParser } from './parserWorker';
import { cleanBody, cleanMessageId, cleanSubject, messageAddress, type MessageAddress, type ParsedMessage } from './messageTypes';

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.htm': 'text/html',
  '.html': 'text/html',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.zip': 'application/zip',
  '.eml': 'message/rfc822',
  '.msg': 'application/vnd.ms-outlook',
};

function extensionOf(name: string | null): string {
  const dot = name?.lastIndexOf('.') ?? -1;
  return dot < 0 ? '' : name!.slice(dot).toLowerCase();
}

/** An SMTP address, never an Exchange directory path such as "/O=EXCHANGELABS/…". */
function smtp(...candidates: (string | undefined)[]): string | null {
  for (const c of candidates) if (typeof c === 'string' && c.includes('@') && !c.startsWith('/')) return c.trim();
  return null;
}

function headerValue(headers: string | undefined, name: string): string | undefined {
  if (typeof headers !== 'string') return undefined;
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

function htmlBody(fields: FieldsData): string {
  if (typeof fields.bodyHtml === 'string' && fields.bodyHtml.trim() !== '') return htmlToText(fields.bodyHtml);
  if (fields.html instanceof Uint8Array && fields.html.byteLength > 0) {
    let charset = 'utf-8';
    if (fields.internetCodepage === 1252) charset = 'windows-1252';
    else if (fields.internetCodepage === 28591) charset = 'iso-8859-1';
    return htmlToText(new TextDecoder(charset).decode(fields.html));
  }
  return '';
}

function toParsed(fields: FieldsData, sizes: number[]): ParsedMessage {
  const to: MessageAddress[] = [];
  for (const r of fields.recipients ?? []) {
    // To only, as for .eml; a recipient without a type (older writers) counts as To.
    if (r.recipType !== undefined && r.recipType !== 'to') continue;
    const clean = messageAddress(r.name, smtp(r.smtpAddress, r.email));
    if (clean !== null) to.push(clean);
  }
  const text = typeof fields.body === 'string' && fields.body.trim() !== '' ? fields.body : htmlBody(fields);
  return {
    from: messageAddress(fields.senderName, smtp(fields.senderSmtpAddress, fields.senderEmail, fields.sentRepresentingSmtpAddress)),
    to,
    // PT_SYSTIME values arrive as "Mon, 15 Feb 2021 08:19:04 GMT"; an unset one (year 1601) reads as null.
    sentAt: parseMailDate(headerValue(fields.headers, 'Date')) ?? parseMailDate(fields.clientSubmitTime) ?? parseMailDate(fields.messageDeliveryTime),
    subject: cleanSubject(fields.subject),
    text: cleanBody(text),
    messageId: cleanMessageId(fields.messageId ?? headerValue(fields.headers, 'Message-ID')),
    attachments: (fields.attachments ?? []).map((a, i) => {
      const fileName = (a.innerMsgContent ? (a.name ? `${a.name}.msg` : null) : a.fileName || a.fileNameShort || a.name) ?? null;
      const byExtension = MIME_BY_EXTENSION[a.innerMsgContent ? '.msg' : extensionOf(a.extension ?? fileName)];
      return {
        fileName: fileName?.trim() || null,
        mimeType: a.attachMimeTag?.trim().toLowerCase() || byExtension || 'application/octet-stream',
        size: sizes[i] ?? 0,
      };
    }),
  };
}

export async function readMsg(bytes: Uint8Array): Promise<ParsedMessage> {
  let rootNames: string[];
  try {
    rootNames = checkCompoundFile(bytes).rootNames;
  } catch (error) {
    if (isDamagedCompoundFile(error)) throw new UnreadableMessageError(unreadableWords.damagedOutlook(error.message), { cause: error });
    throw error;
  }
  // A Word 97 document or an Excel sheet is the same kind of container, without a message's properties.
  if (!rootNames.some((n) => n === '__properties_version1.0' || n.startsWith('__substg1.0_'))) {
    throw new UnreadableMessageError(unreadableWords.notOutlookMessage);
  }
  const reply = await runParser<{ fields: FieldsData; sizes: number[] }>('msg', bytes);
  if (!reply.ok) throw new UnreadableMessageError(unreadableWords.damagedOutlook('its contents do not make sense'), { cause: new Error(reply.message) });
  if (reply.value.fields.dataType !== 'msg') throw new UnreadableMessageError(unreadableWords.notOutlookMessage);
  return toParsed(reply.value.fields, reply.value.sizes);
}
