// parseMessageFile on the hand-made corpus in tests/fixtures/mail (see make.ts there): real-world
// shapes, encodings, broken structure, Outlook .msg files, and files that are not messages, plus
// property-based fuzzing that every input resolves or rejects with code 'unreadable_message' in time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILE_LIMIT_BYTES, type ParsedMessage, parseMessageFile } from '../../../../electron/core/paperTrail/parseMessageFile';
import { runParser } from '../../../../electron/core/paperTrail/parserWorker';
import { CSV_ATTACHMENT, PDF_ATTACHMENT, PNG_BYTES, eml, msg, notMessages } from '../../../fixtures/mail/make';

const DIR = join(import.meta.dirname, '../../../fixtures/mail');
const file = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const parse = (name: string) => parseMessageFile(file(name), name);

/** The same message as sent from Gmail (.eml) and saved from Outlook (.msg); only the id differs. */
const LABEL_SIZES: Omit<ParsedMessage, 'messageId'> = {
  from: { name: 'Sarah Lee', address: 'sarah.lee@bloomandfern.co.uk' },
  to: [{ name: 'Pat Morgan', address: 'pat@pat-va.co.uk' }],
  sentAt: '2026-12-01T09:14:22.000Z',
  subject: 'Label sizes for Friday',
  text: 'Hi Pat,\n\nPlease print the labels at A6, not A5. The courier changed the size.\n\nThanks,\nSarah',
  attachments: [],
};

async function rejection(work: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return { code: (error as { code?: unknown }).code, message: (error as Error).message };
  }
  throw new Error('Expected the parse to be refused, but it succeeded.');
}

describe('the corpus on disk is what make.ts writes', () => {
  it('every fixture matches its generator byte for byte (run make.ts after changing it)', () => {
    for (const [name, content] of Object.entries({ ...eml, ...msg, ...notMessages })) {
      const expected = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      expect(Buffer.compare(file(name), expected), name).toBe(0);
    }
  });
});

describe('real-world mail shapes', () => {
  it('a Gmail multipart/alternative message: the plain part, soft line breaks joined', async () => {
    const m = await parse('gmail-alternative.eml');
    expect(m).toEqual<ParsedMessage>({ ...LABEL_SIZES, messageId: 'CAFx8Yk=abc123@mail.gmail.com' });
  });

  it('an Outlook message in windows-1252 with a quoted name, an offset date and an encoded subject', async () => {
    const m = await parse('outlook-alternative.eml');
    expect(m.from).toEqual({ name: 'Lee, Sarah', address: 'Sarah.Lee@bloomandfern.co.uk' });
    // "pat@…" <pat@…>: a name that only repeats the address is dropped.
    expect(m.to).toEqual([{ name: null, address: 'pat@pat-va.co.uk' }]);
    expect(m.sentAt).toBe('2026-12-01T09:14:22.000Z');
    expect(m.subject).toBe('RE: Newsletter – final copy');
    expect(m.text).toBe('Please send it on Thursday – not before. It’s €200 as agreed.');
    expect(m.messageId).toBe('AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com');
  });

  it('an Apple Mail message with an inline image: the text, and the image listed with its size', async () => {
    const m = await parse('apple-mail-mixed.eml');
    expect(m.text).toBe('Here is the logo. Use the dark one on the website only.');
    expect(m.sentAt).toBe('2026-12-02T23:05:11.000Z');
    expect(m.attachments).toEqual([{ fileName: 'logo.png', mimeType: 'image/png', size: PNG_BYTES.byteLength }]);
  });

  it('multipart/mixed: attachments with their names (RFC 2231 too), types and decoded sizes', async () => {
    const m = await parse('mixed-attachments.eml');
    expect(m.text).toBe('Both files attached. Please check the sizes.');
    expect(m.attachments).toEqual([
      { fileName: 'invoice.pdf', mimeType: 'application/pdf', size: PDF_ATTACHMENT.byteLength },
      { fileName: 'stock list – Dec.csv', mimeType: 'text/csv', size: CSV_ATTACHMENT.byteLength },
    ]);
  });

  it('a forwarded message attached as a file is listed, not merged into the text', async () => {
    const m = await parse('forwarded-attachment.eml');
    expect(m.text).toBe('See the request below.');
    expect(m.attachments).toEqual([expect.objectContaining({ fileName: 'request.eml', mimeType: 'message/rfc822' })]);
  });

  it('an mbox "From " line before the headers is allowed', async () => {
    expect((await parse('mbox-from-line.eml')).subject).toBe('Saved from Thunderbird');
  });

  it('a whole file saved as UTF-16 text with a byte-order mark', async () => {
    const m = await parse('utf16-file.eml');
    expect(m.subject).toBe('Saved as Unicode text');
    expect(m.text).toBe('Notepad saved this.');
  });
});

describe('encodings', () => {
  it.each([
    ['encoded-words-q.eml', 'Réunion à 10h', { name: 'Renée Dupré', address: 'renee@example.fr' }],
    ['encoded-words-b.eml', '📦 Packing list for München', { name: 'Yūki Tanaka', address: 'yuki@example.jp' }],
    ['encoded-words-windows-1252.eml', '“Urgent” – invoice €120', { name: null, address: 'ops@example.com' }],
  ])('%s: encoded words decoded in the subject and the sender', async (name, subject, from) => {
    const m = await parse(name);
    expect(m.subject).toBe(subject);
    expect(m.from).toEqual(from);
  });

  it.each([
    ['charset-iso-8859-1-8bit.eml', "Café crème, s'il vous plaît. Prix : 3,50 £."],
    ['charset-windows-1252-qp.eml', '“Ship it Friday” – it costs €120.'],
    ['charset-koi8-r.eml', 'Привет, мир'],
    ['charset-shift-jis.eml', 'こんにちは'],
    ['charset-utf-16.eml', 'Hello, Zoë'],
  ])('%s: the body in its charset', async (name, text) => {
    expect((await parse(name)).text).toBe(text);
  });

  it('no C1 control characters survive anywhere (Windows-1252 read as Latin-1 would leave them)', async () => {
    for (const name of ['charset-windows-1252-qp.eml', 'outlook-alternative.eml', 'encoded-words-windows-1252.eml']) {
      const m = await parse(name);
      expect(JSON.stringify(m)).not.toMatch(/[\u0080-\u009f]/);
    }
  });
});

describe('HTML bodies become text', () => {
  it('HTML only: tags gone, entities decoded, script/style/title dropped, blocks and <br> on their own lines', async () => {
    const m = await parse('html-only.eml');
    expect(m.text).toBe('Order confirmed\n\nFish & chips £5 — “thanks” ❤\n\nItem one\n\nItem two\n\nA<B\nnext line');
    expect(m.text).not.toMatch(/alert|color: red|Ignore me|hidden comment|<\/?(h1|p|ul|li|br|html|body|head)\b/i);
  });

  it('the plain part wins when both are there', async () => {
    expect((await parse('gmail-alternative.eml')).text).not.toContain('<b>');
  });
});

describe('missing and broken parts', () => {
  it('no Date → sentAt null', async () => expect((await parse('no-date.eml')).sentAt).toBeNull());
  it.each(['bad-date.eml', 'impossible-date.eml'])('%s → sentAt null, never a guess', async (name) => {
    expect((await parse(name)).sentAt).toBeNull();
  });
  it('an obsolete date (two-digit year, EST) is read to UTC', async () => {
    expect((await parse('obsolete-date.eml')).sentAt).toBe('2026-12-01T14:14:00.000Z');
  });
  it("no Subject → ''", async () => expect((await parse('no-subject.eml')).subject).toBe(''));
  it('no From → from null, the rest still read', async () => {
    const m = await parse('no-from.eml');
    expect(m.from).toBeNull();
    expect(m.text).toBe('Nobody knows.');
  });
  it("headers only → text ''", async () => expect((await parse('headers-only.eml')).text).toBe(''));
  it("only an attachment → text '' and the attachment listed", async () => {
    const m = await parse('missing-body-parts.eml');
    expect(m.text).toBe('');
    expect(m.attachments).toEqual([{ fileName: 'data.bin', mimeType: 'application/octet-stream', size: 100 }]);
  });
  it('a boundary that matches no part: the text is still recovered', async () => {
    expect((await parse('broken-boundary.eml')).text).toBe('The boundary in the header does not match the parts.');
  });
  it('a multipart message cut short: what is there is returned', async () => {
    expect((await parse('unclosed-multipart.eml')).text).toBe('The closing boundary never comes.');
  });
});

describe('addresses and headers', () => {
  it('groups are flattened into their members; Cc is not part of `to`', async () => {
    const m = await parse('group-addresses.eml');
    expect(m.to).toEqual([
      { name: null, address: 'alex@example.com' },
      { name: 'Bea Quinn', address: 'bea@example.com' },
      { name: null, address: 'chris@example.com' },
    ]);
  });
  it('an empty group ("undisclosed-recipients:;") gives no recipients', async () => {
    expect((await parse('undisclosed-recipients.eml')).to).toEqual([]);
  });
  it('folded headers are unfolded: sender, two recipients, a one-line subject, the date and the id', async () => {
    const m = await parse('folded-headers.eml');
    expect(m.from).toEqual({ name: 'Sarah Lee', address: 'sarah@example.com' });
    expect(m.to).toHaveLength(2);
    expect(m.subject).toBe("This subject is long and was folded over two lines by the sender's mail app");
    expect(m.sentAt).toBe('2026-11-30T08:00:00.000Z');
    expect(m.messageId).toBe('folded-1@example.com');
  });
  it('CRLF and LF files of the same message read the same', async () => {
    expect(file('line-ends-crlf.eml')).not.toEqual(file('line-ends-lf.eml'));
    expect(await parse('line-ends-crlf.eml')).toEqual(await parse('line-ends-lf.eml'));
    expect((await parse('line-ends-crlf.eml')).text).toBe('First line.\nSecond line.\n\nThird paragraph.');
  });
});

describe('Outlook .msg', () => {
  it('a plain message: sender, To only (not Cc), the submit time, subject, body with \\n, id without brackets', async () => {
    expect(await parse('outlook-plain.msg')).toEqual<ParsedMessage>({ ...LABEL_SIZES, messageId: 'AM0PR07MB9876@AM0PR07MB9876.eurprd07.prod.outlook.com' });
  });
  it('attachments with names, types (given, or from the extension) and sizes', async () => {
    expect((await parse('outlook-attachment.msg')).attachments).toEqual([
      { fileName: 'invoice.pdf', mimeType: 'application/pdf', size: PDF_ATTACHMENT.byteLength },
      { fileName: 'photo.png', mimeType: 'image/png', size: PNG_BYTES.byteLength },
    ]);
  });
  it('unicode everywhere; no submit time → sentAt null', async () => {
    const m = await parse('outlook-unicode.msg');
    expect(m.subject).toBe('Größen – ラベル 🏷️');
    expect(m.from).toEqual({ name: 'Zoë Ñúñez', address: 'zoe@example.es' });
    expect(m.text).toBe('Thanks — “A6” please. 日本語もOK.');
    expect(m.sentAt).toBeNull();
  });
  it('HTML body only: converted to text; the Date comes from the transport headers', async () => {
    const m = await parse('outlook-html-only.msg');
    expect(m.text).toBe('Please use the blue logo.\n\nThanks');
    expect(m.sentAt).toBe('2026-12-01T11:00:00.000Z');
  });
  it('is recognised by its bytes, not its name', async () => {
    expect(await parse('outlook-renamed.eml')).toEqual(await parse('outlook-plain.msg'));
  });
});

describe('files that are not messages', () => {
  it.each(Object.keys(notMessages))('%s → unreadable_message with a plain reason', async (name) => {
    const { code, message } = await rejection(parse(name));
    expect(code).toBe('unreadable_message');
    expect(message).toMatch(/^This /);
    expect(message).not.toMatch(/undefined|TypeError|RangeError|at \w+ \(/);
  });

  it('a truncated .msg says it is damaged; a Word file says it holds no message', async () => {
    expect((await rejection(parse('truncated.msg'))).message).toMatch(/damaged/);
    expect((await rejection(parse('word-97.doc'))).message).toMatch(/holds no email message/);
  });

  it('over 25 MB is refused before any parsing, with the size in the message', async () => {
    const big = new Uint8Array(MESSAGE_FILE_LIMIT_BYTES + 1);
    big.set(file('gmail-alternative.eml'));
    const started = Date.now();
    const { code, message } = await rejection(parseMessageFile(big, 'huge.eml'));
    expect(code).toBe('unreadable_message');
    expect(message).toContain('25.0 MB');
    expect(message).toContain('up to 25 MB');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('exactly 25 MB is still read', async () => {
    const body = file('line-ends-lf.eml');
    const exact = new Uint8Array(MESSAGE_FILE_LIMIT_BYTES).fill(0x61);
    exact.set(body);
    exact[body.byteLength - 1] = 0x0a;
    expect((await parseMessageFile(exact, 'big.eml')).subject).toBe('Same message');
  });

  it('not even bytes → unreadable_message, never a TypeError', async () => {
    for (const value of [null, undefined, 'From: a@b.c', 42, {}]) {
      expect((await rejection(parseMessageFile(value as unknown as Uint8Array, 'x.eml'))).code).toBe('unreadable_message');
    }
  });
});

describe('fuzzing: anything resolves, or rejects with unreadable_message, in bounded time', () => {
  const BOUND_MS = 5000;
  async function settle(bytes: Uint8Array): Promise<void> {
    const started = Date.now();
    try {
      const m = await parseMessageFile(bytes, 'fuzz.bin');
      expect(typeof m.subject).toBe('string');
      expect(typeof m.text).toBe('string');
      expect(Array.isArray(m.to) && Array.isArray(m.attachments)).toBe(true);
      expect(m.sentAt === null || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(m.sentAt)).toBe(true);
    } catch (error) {
      expect((error as { code?: unknown }).code, String(error)).toBe('unreadable_message');
    }
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  }
  const mutate = (base: Uint8Array) =>
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }).map((edits) => {
      const out = base.slice();
      for (const [at, value] of edits) out[at % out.byteLength] = value;
      return out;
    });

  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), settle), { numRuns: 300 });
  });

  it('random bytes behind the Compound File signature', async () => {
    const signature = file('outlook-plain.msg').subarray(0, 8);
    const arb = fc.uint8Array({ minLength: 0, maxLength: 5000 }).map((rest) => new Uint8Array([...signature, ...rest]));
    await fc.assert(fc.asyncProperty(arb, settle), { numRuns: 150 });
  });

  it('a real .msg with bytes changed (damaged chains, sizes, directory loops)', async () => {
    await fc.assert(fc.asyncProperty(mutate(file('outlook-attachment.msg')), settle), { numRuns: 150 });
  }, 60_000);

  it('a real .msg cut short at any point', async () => {
    const whole = file('outlook-attachment.msg');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: whole.byteLength - 1 }), (n) => settle(whole.slice(0, n))),
      { numRuns: 60 },
    );
  }, 60_000);

  it('real .eml files with bytes changed', async () => {
    const bases = ['mixed-attachments.eml', 'gmail-alternative.eml', 'html-only.eml', 'folded-headers.eml'].map(file);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...bases).chain(mutate), settle), { numRuns: 200 });
  });

  it('header-shaped text with random values', async () => {
    const header = fc.tuple(
      fc.constantFrom('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'X-Junk'),
      fc.string({ maxLength: 80 }),
    );
    const arb = fc
      .tuple(fc.array(header, { minLength: 1, maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 400 }))
      .map(([headers, body]) => new TextEncoder().encode(`${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`));
    await fc.assert(fc.asyncProperty(arb, settle), { numRuns: 300 });
  });

  const head = 'From: a@b.c\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n';
  it.each([
    ['5 MB of unclosed <script', () => head + '<script'.repeat(700_000)],
    ['5 MB of spaces', () => head + `${' '.repeat(5_000_000)}x`],
    ['5 MB of "<"', () => head + '<'.repeat(5_000_000)],
    [
      '300 nested multiparts',
      () =>
        `From: a@b.c\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n${Array.from({ length: 300 }, (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n`).join('')}`,
    ],
  ])(
    'pathological input stays fast: %s',
    async (_, text) => {
      await settle(new TextEncoder().encode(text()));
    },
    30_000,
  );
});

describe('the parser worker', () => {
  it('a parse that overruns its limit is stopped with unreadable_message, and the next file is read by a fresh worker', async () => {
    // Five megabytes take postal-mime far longer than the 5 ms allowed here, warm worker or not.
    const bytes = new TextEncoder().encode(`From: a@b.c\r\nSubject: slow\r\n\r\n${'many words here\r\n'.repeat(300_000)}`);
    const { code, message } = await rejection(runParser('eml', bytes, 5));
    expect(code).toBe('unreadable_message');
    expect(message).toMatch(/took too long/);
    expect((await parse('mixed-attachments.eml')).subject).toBe('Stock list and invoice');
  });

  it('files queued behind one that overruns are still read, and each is timed from its own start', async () => {
    const slow = new TextEncoder().encode(`From: a@b.c\r\nSubject: slow\r\n\r\n${'many words here\r\n'.repeat(300_000)}`);
    const [refused, ...read] = await Promise.allSettled([
      runParser('eml', slow, 5),
      parse('gmail-alternative.eml'),
      parse('outlook-plain.msg'),
      parse('html-only.eml'),
    ]);
    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'unreadable_message' } });
    expect(read.map((r) => (r.status === 'fulfilled' ? r.value.subject : r.reason))).toEqual([
      'Label sizes for Friday',
      'Label sizes for Friday',
      'Your order',
    ]);
  });
});

describe('a damaged .msg that would make the reader loop is refused at once', () => {
  const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const SECTOR = 512;

  it('a FAT chain that points back at itself', async () => {
    const bytes = file('outlook-plain.msg').slice();
    const v = view(bytes);
    const directoryStart = v.getInt32(0x30, true);
    const fatSector = v.getInt32(0x4c, true);
    v.setInt32((fatSector + 1) * SECTOR + 4 * directoryStart, directoryStart, true);
    const started = Date.now();
    const { code, message } = await rejection(parseMessageFile(bytes, 'loop.msg'));
    expect(code).toBe('unreadable_message');
    expect(message).toMatch(/damaged.*loop/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a directory entry that is its own sibling', async () => {
    const bytes = file('outlook-plain.msg').slice();
    const v = view(bytes);
    const rootAt = (v.getInt32(0x30, true) + 1) * SECTOR;
    const child = v.getInt32(rootAt + 0x4c, true);
    v.setInt32(rootAt + child * 128 + 0x44, child, true);
    const { message } = await rejection(parseMessageFile(bytes, 'tree.msg'));
    expect(message).toMatch(/damaged.*entry twice/);
  });

  it('a stream claiming to be larger than the file', async () => {
    const bytes = file('outlook-plain.msg').slice();
    const v = view(bytes);
    const rootAt = (v.getInt32(0x30, true) + 1) * SECTOR;
    const child = v.getInt32(rootAt + 0x4c, true);
    v.setInt32(rootAt + child * 128 + 0x78, 0x7fffffff, true);
    const { message } = await rejection(parseMessageFile(bytes, 'huge-stream.msg'));
    expect(message).toMatch(/damaged.*larger than the file/);
  });
});

describe('the container check stays linear', () => {
  it('many small streams sharing one long mini-sector chain are refused, not walked one by one', async () => {
    const count = 400;
    const entries: Entry[] = [{ name: 'Root Entry', type: 5, length: 0, children: [] }];
    for (let i = 0; i < count; i++) {
      entries[0]!.children!.push(entries.length);
      entries.push({ name: `__substg1.0_${(0x8000 + i).toString(16).toUpperCase()}001F`, type: 2, length: 64, binaryProvider: () => new Uint8Array(64) });
    }
    const bytes = burn(entries);
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fatAt = (v.getInt32(0x4c, true) + 1) * 512;
    const nextSector = (n: number) => v.getInt32(fatAt + 4 * n, true);
    // Every stream starts at mini sector 0, and the mini FAT links 0 → 1 → … → count-1: one long tail.
    for (let sector = v.getInt32(0x30, true); sector !== -2; sector = nextSector(sector)) {
      for (let at = (sector + 1) * 512; at < (sector + 2) * 512; at += 128) if (bytes[at + 0x42] === 2) v.setInt32(at + 0x74, 0, true);
    }
    let miniIndex = 0;
    for (let sector = v.getInt32(0x3c, true); sector !== -2; sector = nextSector(sector)) {
      for (let slot = 0; slot < 128; slot++, miniIndex++)
        if (miniIndex < count) v.setInt32((sector + 1) * 512 + 4 * slot, miniIndex === count - 1 ? -2 : miniIndex + 1, true);
    }
    const started = Date.now();
    const { message } = await rejection(parseMessageFile(bytes, 'shared-tail.msg'));
    expect(message).toMatch(/damaged.*share sectors/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
