// What a captured message file yields: the public shape of parseMessageFile, shared by the .eml and
// .msg readers.

export type MessageAddress = { name: string | null; address: string | null };

export type ParsedMessage = {
  from: MessageAddress | null;
  /** The To recipients only (Cc and Bcc are left out), with groups flattened to their members. */
  to: MessageAddress[];
  /** ISO 8601 UTC from the Date header, null when absent or unreadable. */
  sentAt: string | null;
  /** Decoded, '' when none. */
  subject: string;
  /** Plain text (line ends as \n); from the HTML part when there is no text part; '' when there is no body. */
  text: string;
  /** Without the angle brackets. */
  messageId: string | null;
  attachments: { fileName: string | null; mimeType: string; size: number }[];
};

// Windows-1252 for the bytes 0x80–0x9F. Node's TextDecoder reads "windows-1252" as ISO-8859-1 and
// leaves C1 control characters where Outlook meant curly quotes, dashes and the euro sign; no human
// text means a C1 control, so they are read as Windows-1252 wherever they appear.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

/** Empty names and addresses become null; a name that only repeats the address is dropped. */
export function messageAddress(name: string | null | undefined, address: string | null | undefined): MessageAddress | null {
  const cleanName = repairC1(name ?? '').trim() || null;
  const cleanAddress = address?.trim() || null;
  if (cleanName === null && cleanAddress === null) return null;
  const repeats = cleanName !== null && cleanAddress !== null && cleanName.replace(/^['"]|['"]$/g, '').toLowerCase() === cleanAddress.toLowerCase();
  return { name: repeats ? null : cleanName, address: cleanAddress };
}

/** "<abc@x>" → "abc@x"; the first id when a header holds several; null when there is none. */
export function cleanMessageId(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const bracketed = /<([^<>\s]+)>/.exec(value);
  const id = bracketed !== null ? bracketed[1]! : (value.trim().split(/\s+/)[0] ?? '');
  return id === '' ? null : id;
}

/** Line ends as \n, no trailing blank space: the same body whether the file used CRLF or LF. */
export function cleanBody(text: string): string {
  return repairC1(text).replace(/\r\n?/g, '\n').trimEnd();
}

/** Decoded subject on one line: folding leaves runs of blanks that mean one space. */
export function cleanSubject(subject: string | null | undefined): string {
  return repairC1(subject ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
