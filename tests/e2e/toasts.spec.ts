// The Undo toast waits while the VA reads it or reaches for it (WCAG 2.2.1), and each dialog names itself.
// Time is Playwright's fake clock, so nothing here waits ten real seconds.
import { type AppFixture, expect, test } from './harness/fixtures';
import { seedClient } from './harness/seed';

/** With the page on Playwright's clock, moves a new client to the trash so the Undo toast shows. */
async function trashClientOnFakeClock(app: AppFixture, name: string) {
  const { page } = app;
  await page.clock.install();
  await page.reload();
  const client = await seedClient(app, name);
  await page.goto(page.url().replace(/#.*$/, '') + `#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
}

test('the Undo toast pauses while hovered or focused, then runs out with the time that was left', async ({ app }) => {
  const { page } = app;
  await trashClientOnFakeClock(app, 'Priya Shah');
  const toast = page.getByRole('status').filter({ hasText: 'Moved Priya Shah to the trash.' });
  await expect(toast).toBeVisible();

  // Hovered: a minute passes and it is still there.
  await toast.hover();
  await page.clock.runFor(60_000);
  await expect(toast).toBeVisible();

  // Pointer away: it runs out after the ten seconds it still had, not before.
  await page.mouse.move(5, 5);
  await page.clock.runFor(8_000);
  await expect(toast).toBeVisible();
  await page.clock.runFor(3_000);
  await expect(toast).toHaveCount(0);
});

test('the Undo toast pauses while its button has keyboard focus', async ({ app }) => {
  const { page } = app;
  await trashClientOnFakeClock(app, 'Tom Okafor');
  const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.clock.runFor(30_000);
  await expect(undo).toBeVisible();
  await undo.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tom Okafor', exact: true })).toBeVisible();
});

test('each open dialog is named by its own title', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Ana Lima');
  await page.goto(page.url().replace(/#.*$/, '') + `#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const dialog = page.getByRole('dialog');
  const labelledBy = await dialog.getAttribute('aria-labelledby');
  expect(labelledBy).not.toBe('dialog-title');
  await expect(dialog).toHaveAccessibleName(/Ana Lima|trash/i);
  expect(await page.locator(`[id="${labelledBy}"]`).count()).toBe(1);
});
