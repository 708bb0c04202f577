// The first draft of the message to the client: written to them, past tense for what is done, gaps where unknown.
import { describe, expect, it } from 'vitest';
import {
  clientFacingWhat,
  doneAfterIHave,
  doneAsRecord,
  doneForClient,
  draftClientMessage,
  type ClientMessageInput,
  messageGaps,
  resolutionDraft,
  toDoForClient,
} from '../../../../shared/domain/incidentMessage';

const base: ClientMessageInput = {
  verdict: 'my-error',
  channel: 'email',
  clientName: 'Sarah Jones',
  vaName: 'Alex Morgan',
  workName: 'Pay the November supplier invoices',
  description: 'I paid Hartley Supplies £80,000 instead of £8,000.',
  done: ['Ask finance or the bank to halt the payment now', 'Emailed Hartley Supplies’ accounts team about the overpayment'],
  toDo: [],
  fixOrAsk: 'inform-and-ask',
  remedy: 'free-fix',
  offer: null,
  instruction: null,
  rate: '£40 an hour',
  lesson: 'Read every amount back before I press pay.',
};

describe('clientFacingWhat', () => {
  it('uses the VA’s words only when they already speak to the client', () => {
    expect(clientFacingWhat('I deleted the Newsletters label', 'Harriet Lane')).toBe('I deleted the Newsletters label.');
    expect(clientFacingWhat('While tidying the inbox, I deleted 14 labels.', 'Harriet Lane')).toBe('While tidying the inbox, I deleted 14 labels.');
    expect(clientFacingWhat('Wrong total on the invoice.', 'Harriet Lane')).toBeNull();
    expect(clientFacingWhat('Sarah asked if she could delete the old invoices, and I deleted them all.', 'Sarah Jones')).toBeNull();
    expect(clientFacingWhat('I told Sarah it was fine.', 'Sarah Jones')).toBeNull();
    expect(clientFacingWhat('I told her it was fine.', null)).toBeNull();
    expect(clientFacingWhat('Client upset about the report.', 'Priya Shah')).toBeNull();
  });
});

describe('actions said as done', () => {
  it.each([
    [
      'Ask finance or the bank to halt the payment now',
      'I have asked finance or the bank to halt the payment.',
      'Asked finance or the bank to halt the payment.',
    ],
    ['Emailed Hartley Supplies’ accounts team', 'I have emailed Hartley Supplies’ accounts team.', 'Emailed Hartley Supplies’ accounts team.'],
    ['Do not empty the bin or trash', 'I have not emptied the bin or trash.', 'Did not empty the bin or trash.'],
    ['Find the restore or undo window', 'I have found the restore or undo window.', 'Found the restore or undo window.'],
    ['Stop the send', 'I have stopped the send.', 'Stopped the send.'],
    ['Sent the corrected file', 'I have sent the corrected file.', 'Sent the corrected file.'],
  ])('%s', (label, toClient, record) => {
    expect(doneForClient(label)).toBe(toClient);
    expect(doneAsRecord(label)).toBe(record);
  });

  it('reads after "I have" in a template, and as a promise for what is left', () => {
    expect(doneAfterIHave('Pause the automation')).toBe('paused the automation');
    expect(toDoForClient('Re-create the Newsletters label.')).toBe('I will re-create the Newsletters label');
    expect(resolutionDraft(['Pause the automation', 'Restored the 40 contacts'])).toBe('Paused the automation. Restored the 40 contacts.');
  });
});

describe('draftClientMessage', () => {
  it('apologises once, lists what was done in the past tense, and asks before changing anything (inform and ask)', () => {
    const text = draftClientMessage(base);
    expect(text).toMatch(/^Hi Sarah,\n\nI’m sorry: I paid Hartley Supplies £80,000 instead of £8,000\. That was my mistake\./);
    expect(text).toContain('- I have asked finance or the bank to halt the payment.');
    expect(text).toContain('- I have emailed Hartley Supplies’ accounts team about the overpayment.');
    expect(text).toContain('How would you like me to proceed?');
    expect(text).not.toMatch(/Ask finance|Send Sarah/);
    expect(text.match(/Read every amount back/gi)).toHaveLength(1);
    expect(text).toContain('From now on, I will read every amount back before I press pay.');
    expect(text.endsWith('Best wishes,\nAlex')).toBe(true);
    expect(messageGaps(text)).toEqual([]);
  });

  it('never pastes the VA’s note about the client: it leaves a gap instead', () => {
    const text = draftClientMessage({ ...base, description: 'Sarah asked if she could delete the old invoices.' });
    expect(text).not.toContain('Sarah asked');
    expect(messageGaps(text)).toEqual(['[What happened, in a sentence to Sarah.]']);
  });

  it('promises what is left with a time to fill in when the VA fixes first', () => {
    const text = draftClientMessage({ ...base, done: [], toDo: ['Re-create the Newsletters label'], fixOrAsk: 'fix-then-inform' });
    expect(text).toContain('Next, I will re-create the Newsletters label by [a time you can keep].');
    expect(text).toContain('This is covered by our agreement, so there is no charge for putting it right.');
  });

  it('writes a friendly pointer to what was asked, with the quote, when the work was done as instructed', () => {
    const text = draftClientMessage({
      ...base,
      verdict: 'as-instructed',
      offer: 'billable',
      instruction: { quote: 'Please delete the Newsletters label.', day: 'Thu 12 Nov 2026' },
    });
    expect(text).toContain('On Thu 12 Nov 2026 you wrote:\n“Please delete the Newsletters label.”\nThat is what I did.');
    expect(text).toContain('charged at £40 an hour');
    expect(text).not.toMatch(/sorry|apolog|mistake/i);
  });

  it('writes a polite notice of a billable change for new work, with gaps for what only the VA knows', () => {
    const text = draftClientMessage({ ...base, verdict: 'beyond-spec' });
    expect(text).toContain('It is outside what we agreed for “Pay the November supplier invoices”');
    expect(messageGaps(text)).toEqual(['[what they asked for]', '[how long it will take]']);
    expect(text).not.toMatch(/sorry|apolog|mistake|happen again/i);
  });

  it('keeps a shared-responsibility wording for an unclear brief', () => {
    const text = draftClientMessage({ ...base, verdict: 'unclear-brief' });
    expect(text).toContain('the request could be read more than one way, and I should have checked with you before going ahead');
    expect(text).not.toContain('That was my mistake');
  });

  it('is one paragraph for chat, without a sign-off', () => {
    const text = draftClientMessage({ ...base, channel: 'chat' });
    expect(text).not.toContain('\n');
    expect(text).not.toContain('Best wishes');
  });
});
