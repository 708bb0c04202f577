// Words for the paper trail, kept together for review.
export const paperTrailText = {
  heading: 'Paper trail',
  hint: 'What was said, word for word, with when and how: the client’s messages and your replies. Entries are never edited: a correction is added as a new entry.',
  empty: 'Nothing recorded yet. Paste the client’s request exactly as they sent it.',
  add: 'Add to paper trail',
  addHeading: 'Add to the paper trail',
  correct: 'Add a correction',
  correctHeading: 'Correct this entry',
  correctHint: 'The original stays as it was. Your correction is added after it and points back to it.',
  save: 'Add entry',
  direction: 'Whose words are these?',
  directions: {
    received: 'What the client sent',
    sent: 'What you sent',
  },
  when: { received: 'Day they sent it', sent: 'Day you sent it' },
  time: 'Time',
  channel: 'How?',
  words: { received: 'Their words, exactly', sent: 'Your words, exactly' },
  wordsHint: {
    received: 'Paste the message as it was sent. Don’t tidy it up.',
    sent: 'Paste your reply as you sent it, so the trail shows what you said and when.',
  },
  wordsNeeded: { received: 'Paste or type what the client said.', sent: 'Paste or type what you sent.' },
  sourceRef: 'Where to find it',
  sourceRefHint: 'For example the email subject, or “WhatsApp, 22 Nov”.',
  confirmed: 'Confirmed in writing',
  confirmedBadge: 'Confirmed in writing',
  correctedBadge: 'Corrected later',
  sentBadge: 'Sent by you',
  receivedBadge: 'From the client',
  correctionOf: (when: string) => `Correction of the entry from ${when}`,
  added: { received: 'Added the client’s message to the paper trail.', sent: 'Added your reply to the paper trail.' },
};

export const entryTimeText = {
  keep: 'Yes, keep this date',
  change: 'Change it',
};
