// The foundation, as a VA uses it: clients, briefs, the paper trail, trash with undo, backups and recovery.
import { expect, test } from './harness/fixtures';

test('a VA adds a client, a brief and the paper trail, with a correction', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Add your first client', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'New client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Harriet Lane');
  await page.getByLabel('Business').fill('Lane & Co Interiors');
  await page.getByLabel('Email').fill('harriet@example.com');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Harriet Lane', exact: true })).toBeVisible();
  await expect(page.getByLabel('Conformity window (working days)')).toHaveValue('3');

  await page.getByRole('link', { name: 'New brief' }).click();
  await page.getByLabel('Title').fill('Tidy the shared inbox');
  await page.getByLabel('What was asked').fill('Sort the inbox into labels and archive old newsletters.');
  await page.getByRole('button', { name: 'Create brief' }).click();
  await expect(page.getByRole('heading', { name: 'Tidy the shared inbox', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add to paper trail' }).click();
  await page.getByLabel('Their words, exactly').fill('Can you delete the Newsletters label? x');
  await page.getByLabel('Where to find it').fill('WhatsApp');
  await page.getByRole('button', { name: 'Add entry' }).click();
  const entries = page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);

  await entries.first().getByRole('button', { name: 'Add a correction' }).click();
  await page.getByLabel('Their words, exactly').fill('Can you delete the Newsletters label? (Only the label, keep the emails.)');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Corrected later');
  await expect(entries.nth(1)).toContainText('Correction of the entry from');
  // The original words are still there, unchanged.
  await expect(entries.nth(0)).toContainText('Can you delete the Newsletters label? x');

  // Autosave: edit the brief, reload, the edit is there.
  // By role and exact name: the clarification checklist has an item with the same words.
  await page.getByRole('textbox', { name: 'Deliverables and format', exact: true }).fill('Labels: Clients, Suppliers, Receipts');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Deliverables and format', exact: true })).toHaveValue('Labels: Clients, Suppliers, Receipts');
  await app.screenshots('brief-detail');
  await app.expectAccessible();
});
