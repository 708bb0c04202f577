// Screenshot walk for issue 14 (only under `npm run look`): the kept draft with its "Not saved" line and the
// "Leave anyway?" question, the import preview, the missing-file banner, the trash question, the delivery-day check.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const home = (url: string) => url.replace(/#.*$/, '');

test('a brief with one field refused, and the question before leaving it', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah', { timezone: 'Europe/Lisbon' });
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip');
  await page.goto(`${home(page.url())}#/briefs/${brief.id}`);
  await page.getByRole('textbox', { name: 'Deliverables and format', exact: true }).fill('x'.repeat(20_001));
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved:' })).toBeVisible();
  await page.getByRole('alert').filter({ hasText: 'Not saved:' }).scrollIntoViewIfNeeded();
  await app.screenshots('kept-draft-not-saved');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Leave anyway?' })).toBeVisible();
  await app.screenshots('kept-draft-leave-anyway');
});

test('the import preview', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip');
  await seedEntry(app, client.id, brief.id, 'Please book flights for 3 people.');
  const file = join(await mkdtemp(join(tmpdir(), 'steadyhand-look-')), 'export.json');
  await page.goto(`${home(page.url())}#/backups`);
  app.dialogs.nextSavePath = file;
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByText(/Exported 1 client/)).toBeVisible();
  app.dialogs.nextOpenPath = file;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import data' })).toBeVisible();
  await app.screenshots('import-preview');
});

test('the delivery-day question and the trash question', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip');
  await seedEntry(app, client.id, brief.id, 'Please book flights for 3 people.');
  await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'The client asked me to start today.' });
  await page.goto(`${home(page.url())}#/briefs/${brief.id}`);
  await page.getByRole('button', { name: 'Mark as delivered' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Mark as delivered' });
  await dialog.getByLabel('Delivered on').fill('2099-12-10');
  await dialog.getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await app.screenshots('delivered-future-day');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.goto(`${home(page.url())}#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('dialog')).toContainText('their incident');
  await app.screenshots('trash-client-question');
});

test('the client time zone with search', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah', { timezone: 'Europe/Lisbon' });
  await page.goto(`${home(page.url())}#/clients/${client.id}`);
  await expect(page.getByText(/Their time now:/)).toBeVisible();
  await app.screenshots('client-time-zone');
});

test.describe('a missing data file', () => {
  test.use({
    dataDirFiles: {
      'backups/steadyhand-2026-11-21T18-00-00-000Z-auto.json': JSON.stringify({ schemaVersion: 1, clients: [], briefs: [], paperTrail: [] }),
    },
  });
  test('the banner with one-click restore', async ({ app }) => {
    await expect(app.page.getByRole('alert').filter({ hasText: 'Your data file is missing' })).toBeVisible();
    await app.screenshots('missing-data-banner');
  });
});
