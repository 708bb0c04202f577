// Every foundation screen, looked at and checked with axe; forms explain bad input and keep what was typed.
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

test('the first run invites the first client', async ({ app }) => {
  await expect(app.page.getByRole('heading', { name: 'Add your first client', exact: true })).toBeVisible();
  // The app starts on Today (its welcome is in today.spec.ts); the Clients screen has its own invitation.
  await app.page.getByRole('link', { name: 'Clients' }).click();
  await expect(app.page.getByRole('heading', { name: 'Add your first client', exact: true })).toBeVisible();
  await app.screenshots('clients-empty');
  await app.expectAccessible();
  await app.page.getByRole('link', { name: 'Briefs' }).click();
  await expect(app.page.getByText('Add a client first; each brief belongs to one.')).toBeVisible();
  await app.screenshots('briefs-empty');
});

test('a client form explains bad input next to the field and keeps what was typed', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'New client' }).first().click();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Conformity window (working days)').fill('-2');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '3 details need another look' })).toBeVisible();
  await expect(page.locator('.field .error').filter({ hasText: 'The client’s name is needed.' })).toBeVisible();
  await expect(page.locator('.field .error').filter({ hasText: 'That email address does not look right.' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
  await app.screenshots('client-form-errors');
  await app.expectAccessible();
  expect(await app.call('clients.list', {})).toEqual([]);

  await page.getByLabel('Name', { exact: true }).fill('Grace Lin');
  await page.getByLabel('Email').fill('grace@example.com');
  await page.getByLabel('Conformity window (working days)').fill('5');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Lin', exact: true })).toBeVisible();
  const [client] = await app.call('clients.list', {});
  expect(client).toMatchObject({ name: 'Grace Lin', email: 'grace@example.com', contract: { conformityDays: 5 } });
  await app.screenshots('client-detail');
  await app.expectAccessible();
});

test('a brief moves through its statuses, with snapshots at start and delivery', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Noor Haddad', { business: 'Haddad Dental' });
  const brief = await seedBrief(app, client.id, 'Send the patient newsletter', { summary: 'Monthly newsletter to 1,200 patients.', deadline: '2026-12-01' });
  await seedEntry(app, client.id, brief.id, 'Can you send November’s newsletter on the 1st?');
  await page.goto(page.url().replace(/#.*$/, '') + `#/briefs/${brief.id}`);
  await expect(page.getByRole('heading', { name: 'Send the patient newsletter', exact: true })).toBeVisible();
  await app.screenshots('briefs-list-and-detail');
  await app.expectAccessible();

  const status = page.getByRole('group', { name: 'Change status' });
  await status.getByRole('button', { name: 'Mark as ready' }).click();
  await expect(page.locator('.badge').first()).toHaveText('Ready to start');
  // "Start work" is gated by the clarification checklist (see checklist.spec.ts); here every check is done.
  for (const i of (await app.call('checklists.forBrief', { briefId: brief.id })).items) {
    await app.call('checklists.setItem', { briefId: brief.id, itemId: i.id, state: 'done' });
  }
  await status.getByRole('button', { name: 'Start work' }).click();
  await expect(page.locator('.badge').first()).toHaveText('In progress');
  await status.getByRole('button', { name: 'Mark as delivered' }).click();
  await page.getByLabel('Delivered on').fill('2026-11-20');
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(page.getByText('Delivered on Fri 20 Nov 2026')).toBeVisible();
  await expect(page.getByText('When work started')).toBeVisible();
  await expect(page.getByText('When it was delivered')).toBeVisible();
  const stored = await app.call('briefs.get', { id: brief.id });
  expect(stored.snapshots.map((s) => s.kind)).toEqual(['started', 'delivered']);
  expect(stored.deliveredOn).toBe('2026-11-20');
});

test('settings save as you type and the theme applies at once', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Alex Morgan');
  await page.getByLabel('Business name').fill('Morgan VA Services');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const settings = await app.call('settings.get', {});
  expect(settings.profile).toMatchObject({ name: 'Alex Morgan', businessName: 'Morgan VA Services' });
  expect(settings.theme).toBe('dark');
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await app.screenshots('settings');
  await app.expectAccessible();
});

test('export everything, then import it into empty data', async ({ app }) => {
  test.skip(app.shell === 'electron', 'Native file dialogs cannot be answered from a test in the real app.');
  const { page } = app;
  const client = await seedClient(app, 'Export Me Ltd');
  await seedBrief(app, client.id, 'A brief to carry over');
  const exportPath = join(app.dataDir, 'export.zip');
  await page.getByRole('link', { name: 'Backups' }).click();
  app.dialogs.nextSavePath = exportPath;
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByText(/^Exported 1 client, 1 brief, 0 paper-trail entries, .* and your settings to export\.zip\.$/)).toBeVisible();
  // The export is one zip: the data JSON and the captured files.
  const exported = JSON.parse(new TextDecoder().decode(unzipSync(await readFile(exportPath))['steadyhand-export.json']));
  expect(exported.format).toBe('steadyhand-export');

  await app.call('clients.trash', { id: client.id });
  const [item] = await app.call('trash.list', {});
  await app.call('trash.purge', { batchId: item!.batchId });
  expect(await app.call('clients.list', {})).toEqual([]);

  app.dialogs.nextOpenPath = exportPath;
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await expect(dialog).toContainText('holds 1 client, 1 brief, 0 paper-trail entries, 0 incidents');
  await app.screenshots('import-preview');
  await dialog.getByRole('button', { name: 'Add to my data' }).click();
  await expect(page.getByText('Imported. Nothing you already had was changed.')).toBeVisible();
  expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual(['Export Me Ltd']);
  expect((await app.call('backups.list', {})).some((b) => b.reason === 'pre-import')).toBe(true);
});
