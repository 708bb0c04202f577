// Issue 14: import refuses what is not Steadyhand's and counts what is; a missing data file offers the newest
// backup in one click; deletes say what they take; delivery days and time zones are checked.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const home = (url: string) => url.replace(/#.*$/, '');

test('importing a file that is not a Steadyhand export is refused and changes nothing', async ({ app }) => {
  const { page } = app;
  await seedClient(app, 'Priya Shah');
  const file = join(await mkdtemp(join(tmpdir(), 'steadyhand-import-')), 'hello.json');
  await writeFile(file, JSON.stringify({ hello: 'world' }));
  await page.goto(`${home(page.url())}#/backups`);
  app.dialogs.nextOpenPath = file;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not a Steadyhand export' })).toContainText('Nothing was changed.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual(['Priya Shah']);
});

test('the import preview counts every kind of record, says what Replace removes, and can keep this computer’s settings', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  await seedBrief(app, client.id, 'Book the Lisbon trip');
  await app.call('settings.update', { profile: { name: 'Amara Lewis' } });
  const file = join(await mkdtemp(join(tmpdir(), 'steadyhand-export-')), 'export.json');
  await page.goto(`${home(page.url())}#/backups`);
  app.dialogs.nextSavePath = file;
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByText(/Exported 1 client, 1 brief, 0 paper-trail entries/)).toBeVisible();

  await app.call('settings.update', { profile: { name: 'Changed since' } });
  app.dialogs.nextOpenPath = file;
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toContainText('holds 1 client, 1 brief, 0 paper-trail entries, 0 incidents');
  await expect(dialog).toContainText('“Replace my data” removes what this computer holds now (1 client, 1 brief');
  await expect(dialog.getByRole('radio', { name: 'Keep this computer’s settings' })).toBeChecked();
  await app.expectAccessible();
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByText('Imported. Your previous data is kept in Backups.')).toBeVisible();
  expect((await app.call('settings.get', {})).profile.name).toBe('Changed since');
});

test.describe('a missing data file with backups', () => {
  const backup = {
    schemaVersion: 1,
    clients: [
      {
        id: 'c1',
        name: 'Rescued Client',
        business: '',
        email: '',
        phone: '',
        preferredChannel: 'email',
        timezone: '',
        contract: { conformityDays: 3, hourlyRate: null, currency: 'GBP', outOfScopeBilling: 'quote-first' },
        notes: '',
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
        trashedAt: null,
        trashBatchId: null,
      },
    ],
    briefs: [],
    paperTrail: [],
  };
  test.use({ dataDirFiles: { 'backups/steadyhand-2026-11-21T18-00-00-000Z-auto.json': JSON.stringify(backup) } });

  test('offers the newest backup in one click, in local time and plain words', async ({ app }) => {
    const { page } = app;
    const banner = page.getByRole('alert').filter({ hasText: 'Your data file is missing' });
    await expect(banner).toBeVisible();
    await expect(banner).not.toContainText('UTC');
    await expect(banner).toContainText('Sat 21 Nov 2026');
    await banner.getByRole('button', { name: 'Restore the newest backup' }).click();
    await expect(banner).toHaveCount(0);
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Clients' }).getByText('Rescued Client')).toBeVisible();
  });
});

test('moving a client to the trash says their briefs, paper trail and incidents go too', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip');
  await seedEntry(app, client.id, brief.id, 'Please book flights for 3 people.');
  await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  await page.goto(`${home(page.url())}#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('This moves the client, their brief, their paper-trail entry and their incident to the trash.');
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('row', { name: /Priya Shah/ })).toContainText('Client, with 1 brief, 1 paper-trail entry and 1 incident');
});

test('a delivery day in the future asks first, with the day spelled out', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip');
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'The client asked me to start today.' });
  await page.goto(`${home(page.url())}#/briefs/${brief.id}`);
  await page.getByRole('button', { name: 'Mark as delivered' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Mark as delivered' });
  await dialog.getByLabel('Delivered on').fill('2099-12-10');
  await dialog.getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Thursday 10 December 2099 is in the future. Is that the right day?');
  expect((await app.call('briefs.get', { id: brief.id })).status).toBe('in-progress');
  await dialog.getByLabel('Delivered on').fill('2026-11-30');
  await dialog.getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await app.call('briefs.get', { id: brief.id })).deliveredOn).toBe('2026-11-30');
});

test('a client time zone is chosen from the list; free text is refused with a message', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  await page.goto(`${home(page.url())}#/clients/${client.id}`);
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('London time');
  await expect(zone).toHaveAccessibleDescription(/Choose a time zone from the list, for example Europe\/London\./);
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved:' })).toBeVisible();
  await zone.fill('Europe/London');
  await expect(page.getByText(/Their time now:/)).toBeVisible();
  await expect.poll(async () => (await app.call('clients.get', { id: client.id })).timezone).toBe('Europe/London');
});
