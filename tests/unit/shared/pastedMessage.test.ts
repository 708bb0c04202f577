// recognisePastedMessage: what VAs copy out of Gmail, Outlook, Slack, WhatsApp and Teams. Times
// without a zone are local, so the expected instants are built with local Date too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PastedMessage, readPastedDateTime, recognisePastedMessage } from '../../../shared/domain/pastedMessage';

const NOW = new Date(2026, 11, 2, 12, 0, 0); // Wed 2 Dec 2026, noon local
const local = (y: number, m: number, d: number, h: number, mi: number, s = 0) => new Date(y, m - 1, d, h, mi, s).toISOString();
const recognise = (text: string) => recognisePastedMessage(text, { now: NOW });

describe('email copied from Gmail', () => {
  it('a forwarded header block: sender, address, date, subject', () => {
    const text = `---------- Forwarded message ---------
From: Sarah Lee <sarah.lee@bloomandfern.co.uk>
Date: Tue, 1 Dec 2026 at 09:14
Subject: Label sizes for Friday
To: Pat Morgan <pat@pat-va.co.uk>

Please print the labels at A6, not A5.`;
    expect(recognise(text)).toEqual<PastedMessage>({
      sender: 'Sarah Lee',
      senderAddress: 'sarah.lee@bloomandfern.co.uk',
      sentAt: local(2026, 12, 1, 9, 14),
      sentAtText: 'Tue, 1 Dec 2026 at 09:14',
      channel: 'email',
      subject: 'Label sizes for Friday',
      text,
    });
  });

  it('the UK quote line "On … wrote:"', () => {
    const m = recognise('On Tue, 1 Dec 2026 at 09:14, Sarah Lee <sarah@x.com> wrote:\n> Please use A6.');
    expect(m).toMatchObject({ sender: 'Sarah Lee', senderAddress: 'sarah@x.com', sentAt: local(2026, 12, 1, 9, 14), channel: 'email', subject: null });
    expect(m.sentAtText).toBe('Tue, 1 Dec 2026 at 09:14');
  });

  it('the US quote line, with no comma before the name and a 12-hour time', () => {
    const m = recognise('On Tue, Dec 1, 2026 at 9:14 PM Sarah Lee <sarah@x.com> wrote:\n\nHi');
    expect(m).toMatchObject({ sender: 'Sarah Lee', senderAddress: 'sarah@x.com', sentAt: local(2026, 12, 1, 21, 14), channel: 'email' });
  });

  it('a quote line wrapped over two lines, and a quoted name with a comma', () => {
    const wrapped = recognise('On Tue, 1 Dec 2026 at 09:14, Sarah Lee <\nsarah@x.com> wrote:\n> hi');
    expect(wrapped).toMatchObject({ sender: 'Sarah Lee', senderAddress: 'sarah@x.com', channel: 'email' });
    const quoted = recognise('On Tue, 1 Dec 2026 at 09:14, "Lee, Sarah" <sarah@x.com> wrote:');
    expect(quoted).toMatchObject({ sender: 'Lee, Sarah', senderAddress: 'sarah@x.com' });
  });

  it('the message view: name and address, then the date without a year and "(2 hours ago)"', () => {
    const m = recognise('Sarah Lee <sarah@x.com>\nTue, 1 Dec, 09:14 (1 day ago)\nto me\n\nPlease use A6.');
    expect(m).toMatchObject({
      sender: 'Sarah Lee',
      senderAddress: 'sarah@x.com',
      sentAtText: 'Tue, 1 Dec, 09:14',
      sentAt: local(2026, 12, 1, 9, 14),
      channel: 'email',
    });
  });
});

describe('email copied from Outlook', () => {
  it('From / Sent / To / Subject with a US long date and AM', () => {
    const text = 'From: Sarah Lee <sarah@x.com>\nSent: Tuesday, December 1, 2026 9:14 AM\nTo: Pat Morgan\nSubject: RE: Labels\n\nA6 please.';
    expect(recognise(text)).toMatchObject({
      sender: 'Sarah Lee',
      senderAddress: 'sarah@x.com',
      sentAtText: 'Tuesday, December 1, 2026 9:14 AM',
      sentAt: local(2026, 12, 1, 9, 14),
      channel: 'email',
      subject: 'RE: Labels',
    });
  });

  it('a UK long date, the [mailto:] form, a rule above and bold labels', () => {
    const text =
      '________________________________\n*From:* Lee, Sarah [mailto:sarah@x.com]\n*Sent:* Tuesday, 1 December 2026 14:05\n*Subject:* Invoice\n\nBody';
    expect(recognise(text)).toMatchObject({
      sender: 'Lee, Sarah',
      senderAddress: 'sarah@x.com',
      sentAt: local(2026, 12, 1, 14, 5),
      subject: 'Invoice',
      channel: 'email',
    });
  });

  it("Apple Mail's forward: a marker, a blank line, then the header block with seconds and GMT", () => {
    const text =
      'Begin forwarded message:\n\nFrom: Sarah Lee <sarah@x.com>\nSubject: Labels\nDate: 1 December 2026 at 09:14:22 GMT\nTo: Pat Morgan <pat@x.com>\n\nA6 please.';
    expect(recognise(text)).toMatchObject({
      sender: 'Sarah Lee',
      senderAddress: 'sarah@x.com',
      sentAt: '2026-12-01T09:14:22.000Z',
      subject: 'Labels',
      channel: 'email',
    });
  });

  it('an internal sender with no address', () => {
    expect(recognise('From: Sarah Lee\nSent: 01 December 2026 09:14\nTo: Pat\n\nHi')).toMatchObject({
      sender: 'Sarah Lee',
      senderAddress: null,
      sentAt: local(2026, 12, 1, 9, 14),
    });
  });

  it('a bare address as the sender', () => {
    expect(recognise('From: sarah@x.com\nSubject: Hi\n\nBody')).toMatchObject({
      sender: null,
      senderAddress: 'sarah@x.com',
      sentAt: null,
      sentAtText: null,
      subject: 'Hi',
    });
  });

  it('a raw Date header with a zone is read in that zone', () => {
    expect(recognise('From: a <a@b.co>\nDate: Tue, 1 Dec 2026 09:14:22 +0100\n\nx').sentAt).toBe('2026-12-01T08:14:22.000Z');
  });
});

describe('Slack', () => {
  it('"Sarah Lee  9:14 AM" then the message: a time without a date gives sentAtText only', () => {
    expect(recognise('Sarah Lee  9:14 AM\nCan you move the call to 3?')).toEqual<PastedMessage>({
      sender: 'Sarah Lee',
      senderAddress: null,
      sentAt: null,
      sentAtText: '9:14 AM',
      channel: 'slack',
      subject: null,
      text: 'Sarah Lee  9:14 AM\nCan you move the call to 3?',
    });
  });

  it('the name and the time on separate lines', () => {
    expect(recognise('Sarah Lee\n9:14 AM\nCan you move the call?')).toMatchObject({
      sender: 'Sarah Lee',
      sentAtText: '9:14 AM',
      sentAt: null,
      channel: 'slack',
    });
  });

  it('"Sarah Lee — Today at 9:14" and "Yesterday at 16:05" are read against now', () => {
    expect(recognise('Sarah Lee — Today at 9:14\nhello')).toMatchObject({ sender: 'Sarah Lee', sentAt: local(2026, 12, 2, 9, 14), channel: 'slack' });
    expect(recognise('Sarah Lee – Yesterday at 16:05\nhello')).toMatchObject({ sentAt: local(2026, 12, 1, 16, 5) });
  });

  it('"[9:14 AM] Sarah Lee: …"', () => {
    expect(recognise('[9:14 AM] Sarah Lee: can you check?')).toMatchObject({ sender: 'Sarah Lee', sentAtText: '9:14 AM', sentAt: null, channel: 'slack' });
  });
});

describe('WhatsApp', () => {
  it('the iPhone export "[01/12/2026, 09:14:22] Sarah Lee: …", day first', () => {
    expect(recognise('[01/12/2026, 09:14:22] Sarah Lee: Please use A6\n[01/12/2026, 09:15:03] Pat: OK')).toMatchObject({
      sender: 'Sarah Lee',
      sentAtText: '01/12/2026, 09:14:22',
      sentAt: local(2026, 12, 1, 9, 14, 22),
      channel: 'whatsapp',
    });
  });

  it('the invisible marks and narrow no-break spaces newer WhatsApp versions put in, with the text still verbatim', () => {
    const text = '\u200e[01/12/2026, 9:14:22\u202fPM] Sarah Lee: \u200eimage omitted';
    const m = recognise(text);
    expect(m).toMatchObject({ sender: 'Sarah Lee', sentAt: local(2026, 12, 1, 21, 14, 22), channel: 'whatsapp' });
    expect(m.text).toBe(text);
  });

  it('the Android export "01/12/2026, 09:14 - Sarah Lee: …"', () => {
    expect(recognise('01/12/2026, 09:14 - Sarah Lee: Please use A6')).toMatchObject({
      sender: 'Sarah Lee',
      sentAt: local(2026, 12, 1, 9, 14),
      channel: 'whatsapp',
    });
  });

  it('the desktop copy "[09:14, 01/12/2026] Sarah Lee: …"', () => {
    expect(recognise('[09:14, 01/12/2026] Sarah Lee: Please use A6')).toMatchObject({
      sender: 'Sarah Lee',
      sentAt: local(2026, 12, 1, 9, 14),
      channel: 'whatsapp',
    });
  });

  it('a US phone: "12/25/26, 9:14 PM - …" is read month-first only because day-first is impossible', () => {
    expect(recognise('12/25/26, 9:14 PM - Sarah Lee: Merry Christmas')).toMatchObject({ sentAt: local(2026, 12, 25, 21, 14), channel: 'whatsapp' });
  });

  it('an ambiguous "03/04/2026" is 3 April (day first)', () => {
    expect(recognise('[03/04/2026, 10:00:00] Sarah Lee: hi').sentAt).toBe(local(2026, 4, 3, 10, 0));
  });
});

describe('Teams', () => {
  it('"Sarah Lee 01/12/2026 09:14" then the message', () => {
    expect(recognise('Sarah Lee 01/12/2026 09:14\nCan you send the deck?')).toMatchObject({
      sender: 'Sarah Lee',
      sentAtText: '01/12/2026 09:14',
      sentAt: local(2026, 12, 1, 9, 14),
      channel: 'teams',
    });
  });
  it('"Sarah Lee, 01/12/2026 09:14" and "[01/12/2026 09:14] Sarah Lee"', () => {
    expect(recognise('Sarah Lee, 01/12/2026 09:14\nhi')).toMatchObject({ sender: 'Sarah Lee', channel: 'teams' });
    expect(recognise('[01/12/2026 09:14] Sarah Lee\nhi')).toMatchObject({ sender: 'Sarah Lee', sentAt: local(2026, 12, 1, 9, 14), channel: 'teams' });
  });
});

describe('other chats and nothing recognisable', () => {
  it('a bracketed ISO timestamp and "Name: …" is some other app', () => {
    expect(recognise('[2026-12-01 09:14] Sarah Lee: hello')).toMatchObject({ sender: 'Sarah Lee', sentAt: local(2026, 12, 1, 9, 14), channel: 'other' });
  });

  it.each([
    'Hi Pat, can you move the call to Thursday?',
    'Please print the labels at A6.\nThanks',
    '',
    '   \n\n',
    'Subject: only a subject line\n\nbody',
    'To: someone\n\nbody',
    '12:30 lunch?',
  ])('%j → nothing guessed', (text) => {
    expect(recognise(text)).toEqual<PastedMessage>({ sender: null, senderAddress: null, sentAt: null, sentAtText: null, channel: null, subject: null, text });
  });

  it('leading blank lines and CRLF line ends are fine', () => {
    expect(recognise('\r\n\r\nFrom: Sarah Lee <sarah@x.com>\r\nSent: Tuesday, December 1, 2026 9:14 AM\r\n\r\nHi')).toMatchObject({
      sender: 'Sarah Lee',
      sentAt: local(2026, 12, 1, 9, 14),
    });
  });
});

describe('dates', () => {
  it.each([
    ['Tue, 1 Dec 2026 at 09:14', local(2026, 12, 1, 9, 14)],
    ['1st December 2026, 9.14am', local(2026, 12, 1, 9, 14)],
    ['December 1st, 2026 12:00 AM', local(2026, 12, 1, 0, 0)],
    ['December 1, 2026 12:30 PM', local(2026, 12, 1, 12, 30)],
    ['2026-12-01 09:14', local(2026, 12, 1, 9, 14)],
    ['01.12.2026 09:14', local(2026, 12, 1, 9, 14)],
    ['1 Dec 2026 09:14 GMT', '2026-12-01T09:14:00.000Z'],
    ['Tue, 1 Dec, 09:14', local(2026, 12, 1, 9, 14)],
    // No year and later in the year than now: last year's.
    ['Fri, 18 Dec, 10:00', local(2025, 12, 18, 10, 0)],
  ])('%s', (text, iso) => expect(readPastedDateTime(text, NOW)).toBe(iso));

  it.each(['9:14 AM', 'Tuesday', '1 Dec 2026', '31/02/2026 09:00', '13/13/2026 09:00', '1 Dec 2026 25:00', '1 Dec 2026 13:00 PM', 'Today'])(
    '%j → null',
    (text) => {
      expect(readPastedDateTime(text, NOW)).toBeNull();
    },
  );
});

describe('the text is always the paste, exactly', () => {
  it('for any input, recognised or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const m = recognise(text);
        expect(m.text).toBe(text);
        expect(m.sentAt === null || !Number.isNaN(Date.parse(m.sentAt))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('for header-shaped pastes too, and the fields are plain trimmed strings or null', () => {
    const line = fc.tuple(fc.constantFrom('From: ', 'Sent: ', 'Date: ', 'To: ', 'Subject: ', '[01/12/2026, 09:14] ', 'On ', ''), fc.string({ maxLength: 60 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.map(([a, b]) => a + b).join('\n');
        const m = recognise(text);
        expect(m.text).toBe(text);
        for (const v of [m.sender, m.senderAddress, m.sentAtText, m.subject]) expect(v === null || (v === v.trim() && v !== '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a long paste stays quick', () => {
    const text = `From: Sarah Lee <sarah@x.com>\nSent: Tuesday, December 1, 2026 9:14 AM\n\n${'word '.repeat(400_000)}`;
    const started = Date.now();
    const m = recognise(text);
    expect(Date.now() - started).toBeLessThan(500);
    expect(m.text).toBe(text);
    expect(m.sender).toBe('Sarah Lee');
  });
});
