// Capturing the paper trail on a brief: emails and a screenshot dropped in (a real drop event built
// in the page from the fixture bytes) or chosen with the file input, a message dropped twice refused,
// pasted Gmail and Slack messages pre-filled and kept verbatim, and a screenshot pasted onto an entry.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';

const MAIL = join(process.cwd(), 'tests/fixtures/mail');
const bytesOf = (name: string) => readFileSync(join(MAIL, name)).toString('base64');
const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Drops files on the paper trail as the system would: a DataTransfer holding real File objects. */
async function drop(page: Page, files: { name: string; type: string; base64: string }[]) {
  await page.getByTestId('paper-trail-drop').evaluate((zone, list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
  }, files);
}

async function openBrief(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  const client = await seedClient(app, 'Bloom & Fern');
  const brief = await seedBrief(app, client.id, 'Print the labels');
  await openHash(app.page, `#/briefs/${brief.id}`);
  return {
    client,
    brief,
    trail: app.page.getByRole('region', { name: 'Paper trail' }),
    entries: app.page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem'),
  };
}

test('drop an .eml, a .msg and a PNG onto a brief’s trail and see the entries; the same email again is refused', async ({ app }) => {
  const { page } = app;
  const { brief, trail, entries } = await openBrief(app);
  await drop(page, [
    { name: 'gmail-alternative.eml', type: 'message/rfc822', base64: bytesOf('gmail-alternative.eml') },
    { name: 'outlook-attachment.msg', type: 'application/vnd.ms-outlook', base64: bytesOf('outlook-attachment.msg') },
    { name: 'image.png', type: 'image/png', base64: bytesOf('image.png') },
  ]);
  await expect(trail.getByRole('status')).toHaveText('Added 3 entries to the paper trail.');
  await expect(entries).toHaveCount(3);

  const email = entries.filter({ hasText: 'Label sizes for Friday' });
  await expect(email).toContainText('Sarah Lee <sarah.lee@bloomandfern.co.uk>');
  await expect(email).toContainText('Tue 1 Dec 2026');
  await expect(email).toContainText('Please print the labels at A6');
  await expect(email.getByRole('button', { name: 'Save a copy… gmail-alternative.eml' })).toBeVisible();

  const stored = await app.call('paperTrail.list', { briefId: brief.id });
  const msg = stored.find((e) => e.original?.kind === 'msg')!;
  await expect(entries.filter({ hasText: msg.message!.subject })).toContainText('Original Outlook message');
  // Risk flags read the captured body like any typed entry ("invoice" is about money).
  await expect(entries.filter({ hasText: msg.message!.subject }).locator('mark')).toHaveCount(1);

  // The screenshot shows as a thumbnail from a data URL, and opens large inside the app.
  const shot = entries.filter({ hasText: 'Screenshot: image.png' });
  const thumb = shot.getByRole('button', { name: 'Open image.png large' });
  await expect(thumb.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await thumb.click();
  const dialog = page.getByRole('dialog', { name: 'image.png' });
  await expect(dialog.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The same email again, this time with the file chooser: refused, nothing added.
  await page.getByTestId('paper-trail-files').setInputFiles(join(MAIL, 'gmail-alternative.eml'));
  await expect(trail.getByRole('alert')).toHaveText('Already in the paper trail: Label sizes for Friday');
  await expect(entries).toHaveCount(3);

  // Something that is not a file (dragged text) is ignored.
  await page.getByTestId('paper-trail-drop').evaluate((zone) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'just words');
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
  });
  await expect(entries).toHaveCount(3);
  expect(await app.call('paperTrail.list', { briefId: brief.id })).toHaveLength(3);
  await app.expectAccessible();
});

test('an unreadable email says so and adds nothing', async ({ app }) => {
  const { page } = app;
  const { brief, trail } = await openBrief(app);
  await drop(page, [{ name: 'notes.eml', type: 'message/rfc822', base64: bytesOf('random.bin') }]);
  await expect(trail.getByRole('alert')).toContainText('“notes.eml” could not be read as an email.');
  expect(await app.call('paperTrail.list', { briefId: brief.id })).toHaveLength(0);
});

test('paste a Gmail-style and a Slack-style message: pre-filled for the VA to confirm, kept verbatim', async ({ app }) => {
  const { page } = app;
  const { brief, trail, entries } = await openBrief(app);
  const gmail = `---------- Forwarded message ---------
From: Sarah Lee <sarah.lee@bloomandfern.co.uk>
Date: Tue, 1 Dec 2026 at 09:14
Subject: Label sizes for Friday
To: Pat Morgan <pat@pat-va.co.uk>

Please print the labels at A6, not A5.`;
  await trail.getByRole('button', { name: 'Paste a message' }).click();
  let dialog = page.getByRole('dialog', { name: 'Paste a message' });
  await dialog.getByLabel('The message, as copied').fill(gmail);
  await expect(dialog.getByRole('status')).toHaveText('Filled in from the message: sender, time, channel. Check them before you add it.');
  await expect(dialog.getByLabel('Day they sent it')).toHaveValue('2026-12-01');
  await expect(dialog.getByLabel('Time')).toHaveValue('09:14');
  await expect(dialog.getByLabel('How?')).toHaveValue('email');
  await expect(dialog.getByLabel('Where to find it')).toHaveValue('Label sizes for Friday');
  await dialog.getByRole('button', { name: 'Add to paper trail' }).click();
  await expect(dialog).toBeHidden();
  await expect(entries).toHaveCount(1);

  const slack = 'Sarah Lee  9:14 AM\nCan you move the call to 3?';
  await trail.getByRole('button', { name: 'Paste a message' }).click();
  dialog = page.getByRole('dialog', { name: 'Paste a message' });
  await dialog.getByLabel('The message, as copied').fill(slack);
  await expect(dialog.getByLabel('How?')).toHaveValue('chat');
  await expect(dialog.getByLabel('Where to find it')).toHaveValue('Slack, Sarah Lee');
  await dialog.getByRole('button', { name: 'Add to paper trail' }).click();
  await expect(entries).toHaveCount(2);

  const stored = await app.call('paperTrail.list', { briefId: brief.id });
  expect(stored.map((e) => e.words).sort()).toEqual([gmail, slack].sort());
  const fromGmail = stored.find((e) => e.words === gmail)!;
  expect(fromGmail).toMatchObject({ channel: 'email', direction: 'received', sourceRef: 'Label sizes for Friday' });
  expect(new Date(fromGmail.receivedAt).getTime()).toBe(await page.evaluate(() => new Date(2026, 11, 1, 9, 14).getTime()));
});

test('a screenshot pasted onto an entry is kept with it', async ({ app }) => {
  const { page } = app;
  const { brief, entries } = await openBrief(app);
  await drop(page, [{ name: 'gmail-alternative.eml', type: 'message/rfc822', base64: bytesOf('gmail-alternative.eml') }]);
  await expect(entries).toHaveCount(1);
  const attach = entries.first().getByRole('button', { name: 'Attach a screenshot or file…' });
  await attach.focus();
  await attach.evaluate((button, base64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' }));
    button.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
  }, bytesOf('image.png'));
  await expect(page.getByText('Kept 1 file with this entry.')).toBeVisible();
  await expect(entries.first().getByRole('button', { name: 'Open image.png large' }).locator('img')).toHaveAttribute('src', /^data:image\/png/);
  const [entry] = await app.call('paperTrail.list', { briefId: brief.id });
  expect(entry!.attachments).toMatchObject([{ fileName: 'image.png', mimeType: 'image/png' }]);
});

test('Export everything carries the captured files: after they are deleted for good, importing the export brings them back byte for byte', async ({ app }) => {
  const { page } = app;
  const { brief, entries } = await openBrief(app);
  await drop(page, [
    { name: 'gmail-alternative.eml', type: 'message/rfc822', base64: bytesOf('gmail-alternative.eml') },
    { name: 'image.png', type: 'image/png', base64: bytesOf('image.png') },
  ]);
  await expect(entries).toHaveCount(2);
  const before = await app.call('paperTrail.list', { briefId: brief.id });
  const shas = before.flatMap((e) => [e.original?.sha256, ...(e.attachments ?? []).map((a) => a.sha256)]).filter((s): s is string => s !== undefined);
  const { dataDir } = await app.call('app.status', {});
  const kept = (sha: string) => join(dataDir, 'attachments', sha.slice(0, 2), sha);

  const exported = join(await mkdtemp(join(tmpdir(), 'steadyhand-export-')), 'export.zip');
  await page.goto(`${page.url().replace(/#.*$/, '')}#/backups`);
  app.dialogs.nextSavePath = exported;
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByText(/Exported 1 client, 1 brief, 2 paper-trail entries/)).toBeVisible();

  const receipt = await app.call('briefs.trash', { id: brief.id });
  await app.call('trash.purge', { batchId: receipt.batchId });
  for (const sha of shas) expect(existsSync(kept(sha))).toBe(false);

  app.dialogs.nextOpenPath = exported;
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByText('Imported. Your previous data is kept in Backups.')).toBeVisible();
  expect(readFileSync(kept(before.find((e) => e.original)!.original!.sha256))).toEqual(readFileSync(join(MAIL, 'gmail-alternative.eml')));
  expect(readFileSync(kept(before.find((e) => e.attachments)!.attachments![0]!.sha256))).toEqual(readFileSync(join(MAIL, 'image.png')));
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(entries.filter({ hasText: 'Screenshot: image.png' }).getByRole('button', { name: 'Open image.png large' }).locator('img')).toHaveAttribute(
    'src',
    /^data:image\/png/,
  );
});

test('an email dropped on a client’s own paper trail belongs to the client, with no brief', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Bloom & Fern');
  await openHash(page, `#/clients/${client.id}`);
  const trail = page.getByRole('region', { name: 'Paper trail' });
  await expect(trail).toBeVisible();
  await drop(page, [{ name: 'gmail-alternative.eml', type: 'message/rfc822', base64: bytesOf('gmail-alternative.eml') }]);
  await expect(trail.getByRole('status')).toHaveText('Added 1 entry to the paper trail.');
  await expect(trail.getByRole('listitem').filter({ hasText: 'Label sizes for Friday' })).toBeVisible();
  expect((await app.call('paperTrail.list', { clientId: client.id })).map((e) => e.briefId)).toEqual([null]);
});
