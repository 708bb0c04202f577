// Screenshot walk for capture (issue 17), light and dark at 1024 and 1440 (tests/screenshots/look-capture-*.png):
// a brief's paper trail with a captured email, an Outlook message with a screenshot attached, a
// screenshot entry and a pasted Slack message; the large image dialog and the paste dialog; axe on each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, LOOK_MODE, SCREENSHOT_DIR, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';

const MAIL = join(process.cwd(), 'tests/fixtures/mail');
const file = (name: string) => ({ name, bytesBase64: readFileSync(join(MAIL, name)).toString('base64') });
const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** A small, real screenshot-like PNG drawn in the page, so the thumbnail shows something. */
const drawnPng = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 300;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#f4f6f8';
    g.fillRect(0, 0, 480, 300);
    g.fillStyle = '#1d9bf0';
    g.fillRect(0, 0, 480, 44);
    g.fillStyle = '#ffffff';
    g.font = '18px sans-serif';
    g.fillText('Direct message', 16, 28);
    g.fillStyle = '#e7e9ea';
    g.fillRect(16, 70, 330, 60);
    g.fillStyle = '#111';
    g.font = '15px sans-serif';
    g.fillText('Labels at A6 please, not A5!', 28, 105);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });

async function shoot(page: Page, name: string, selector?: string) {
  if (!LOOK_MODE) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of [
      { width: 1024, height: 640 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      if (selector)
        await page
          .locator(selector)
          .first()
          .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}-${size.width}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function seedTrail(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  const { page } = app;
  const client = await seedClient(app, 'Bloom & Fern');
  const brief = await seedBrief(app, client.id, 'Print the labels');
  const outcomes = await app.call('paperTrail.captureFiles', {
    clientId: client.id,
    briefId: brief.id,
    files: [file('gmail-alternative.eml'), file('outlook-attachment.msg')],
  });
  const msg = outcomes.map((o) => ('entry' in o ? o.entry : null)).find((e) => e?.original?.kind === 'msg')!;
  await app.call('paperTrail.attachFiles', {
    entryId: msg.id,
    files: [{ name: 'dm-screenshot.png', bytesBase64: await drawnPng(page) }, file('document.pdf')],
  });
  await app.call('paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: {
      receivedAt: '2026-12-01T10:02:00.000Z',
      channel: 'chat',
      words: 'Sarah Lee  10:02 AM\nAlso, can the labels say “Bloom & Fern” in green?',
      sourceRef: 'Slack, Sarah Lee',
      confirmedInWriting: false,
      direction: 'received',
    },
  });
  await openHash(page, `#/briefs/${brief.id}`);
  const trail = page.getByRole('region', { name: 'Paper trail' });
  await expect(page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem')).toHaveCount(3);
  await expect(trail.getByRole('button', { name: 'Open dm-screenshot.png large' }).locator('img')).toBeVisible();
  return trail;
}

test('look: a paper trail with captured entries', async ({ app }) => {
  await seedTrail(app);
  await shoot(app.page, 'look-capture-trail', '#paper-trail-heading');
  await app.expectAccessible();
});

test('look: a screenshot opened large', async ({ app }) => {
  const trail = await seedTrail(app);
  await trail.getByRole('button', { name: 'Open dm-screenshot.png large' }).click();
  await expect(app.page.getByRole('dialog', { name: 'dm-screenshot.png' }).locator('img')).toBeVisible();
  await shoot(app.page, 'look-capture-image');
  await app.expectAccessible();
});

test('look: the paste dialog, filled in from the message', async ({ app }) => {
  const trail = await seedTrail(app);
  await trail.getByRole('button', { name: 'Paste a message' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Paste a message' });
  await dialog
    .getByLabel('The message, as copied')
    .fill('On Tue, 1 Dec 2026 at 09:14, Sarah Lee <sarah.lee@bloomandfern.co.uk> wrote:\n> Please print the labels at A6, not A5.');
  await expect(dialog.getByRole('status')).toBeVisible();
  await shoot(app.page, 'look-capture-paste');
  await app.expectAccessible();
});
