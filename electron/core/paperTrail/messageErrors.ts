// The one error a message file can produce: `code` is 'unreadable_message' and the message says
// calmly why, so the paper trail can show it beside the file's name.

export const UNREADABLE_MESSAGE = 'unreadable_message';

export class UnreadableMessageError extends Error {
  readonly code = UNREADABLE_MESSAGE;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnreadableMessageError';
  }
}

export const unreadableWords = {
  empty: 'This file is empty, so there is no message in it to read.',
  tooLarge: (mb: string) => `This file is ${mb} MB. Steadyhand reads message files up to 25 MB; save the message without its attachments and try again.`,
  notMessage: 'This file does not look like an email. Save the message from your mail app as an .eml or .msg file and try again.',
  notOutlookMessage: 'This Outlook file holds no email message (it may be another kind of Office file).',
  damagedOutlook: (why: string) => `This Outlook message file is damaged and cannot be read: ${why}. Try saving it from Outlook again.`,
  brokenMessage: 'This email file is damaged in a way Steadyhand cannot read past. Try saving the message from your mail app again.',
  tooSlow: 'Reading this message took too long, so Steadyhand stopped. The file may be damaged; try saving it from your mail app again.',
  other: 'This message could not be read. The file may be damaged; try saving it from your mail app again.',
};
