// Nothing lost: delete with undo, the trash, backups with an undoable restore, and a damaged data file.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

test('deleting a client can be undone from the toast, and with Ctrl+Z', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Priya Shah');
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip');
  await seedEntry(app, client.id, brief.id, 'Please book flights for 3 people.');
  await page.goto(page.url().replace(/#.*$/, '') + `#/clients/${client.id}`);

  await page.getByRole('button', { name: 'Move to trash' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('the client, their brief and their paper-trail entry');
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('status').getByText('Moved Priya Shah to the trash.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Clients' }).getByText('Priya Shah')).toHaveCount(0);
  await app.screenshots('undo-toast');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Priya Shah', exact: true })).toBeVisible();
  const briefs = await app.call('briefs.list', { clientId: client.id });
  expect(briefs.map((b) => b.title)).toEqual(['Book the Lisbon trip']);
  expect(await app.call('paperTrail.list', { briefId: brief.id })).toHaveLength(1);

  // Again, and undo with the keyboard this time.
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('Moved Priya Shah to the trash.')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 600 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Priya Shah', exact: true })).toBeVisible();
});

test('a brief restored from the Trash screen comes back with its paper trail; purge asks first', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Tom Okafor');
  const keep = await seedBrief(app, client.id, 'Quarterly newsletter');
  const gone = await seedBrief(app, client.id, 'Old supplier list');
  await seedEntry(app, client.id, keep.id, 'Send it on the 1st, please.');
  await app.call('briefs.trash', { id: keep.id });
  await app.call('briefs.trash', { id: gone.id });

  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Trash', exact: true })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3);
  await app.screenshots('trash');
  await app.expectAccessible();

  await page.getByRole('button', { name: 'Restore Quarterly newsletter' }).click();
  await expect(page.getByText('Restored “Quarterly newsletter”.')).toBeVisible();
  expect((await app.call('paperTrail.list', { briefId: keep.id })).map((e) => e.words)).toEqual(['Send it on the 1st, please.']);

  await page.getByRole('button', { name: 'Delete for good Old supplier list' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.call('trash.list', {})).toHaveLength(1);
  await page.getByRole('button', { name: 'Delete for good Old supplier list' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty', exact: true })).toBeVisible();
});

test('restoring a backup replaces the data, and the restore itself can be undone', async ({ app }) => {
  const { page } = app;
  await seedClient(app, 'Before Backup Ltd');
  await app.call('backups.create', {});
  await seedClient(app, 'After Backup Ltd');

  await page.getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await expect(page.getByText(app.dataDir)).toBeVisible();
  await app.screenshots('backups');
  await app.expectAccessible();

  const manual = page.getByRole('row').filter({ hasText: 'Made by you' });
  await manual.getByRole('button', { name: /Restore/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/Restored the backup from/)).toBeVisible();
  expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual(['Before Backup Ltd']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Put your data back as it was before the restore.')).toBeVisible();
  expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual(['After Backup Ltd', 'Before Backup Ltd']);
});

test.describe('a damaged data file', () => {
  const good = {
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
  test.use({
    dataDirFiles: {
      'backups/steadyhand-2026-11-21T18-00-00-000Z-auto.json': JSON.stringify(good),
      'steadyhand.json': '{"schemaVersion":1,"clients":[{"id":"c1","na',
    },
  });

  test('is moved aside, the newest good backup is restored, and a banner says so', async ({ app }) => {
    const { page } = app;
    const banner = page.getByRole('alert').filter({ hasText: 'Your data was restored from a backup' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('steadyhand.json.damaged-');
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Clients' }).getByText('Rescued Client')).toBeVisible();
    const files = await readdir(app.dataDir);
    const damaged = files.find((f) => f.startsWith('steadyhand.json.damaged-'));
    expect(damaged).toBeDefined();
    expect(await readFile(join(app.dataDir, damaged!), 'utf8')).toBe('{"schemaVersion":1,"clients":[{"id":"c1","na');
    await app.screenshots('recovered-banner');
    await app.expectAccessible();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  });
});

test('malformed input to an operation is refused with a clear message and changes nothing', async ({ app }) => {
  const { page } = app;
  const result = await page.evaluate(() =>
    (window as unknown as { steadyhand: { invoke(o: string, i: unknown): Promise<unknown> } }).steadyhand.invoke('clients.create', { fields: { name: 42 } }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(await app.call('clients.list', {})).toEqual([]);
});
