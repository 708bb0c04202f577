// Brief statuses only move forward (a quieter "Move back to …" where allowed); a required check that
// cannot apply to the brief does not block starting; Ctrl/Cmd+Shift+M starts an incident from the brief on screen.
import { expect, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const badge = (page: Page) => page.locator('.detail-head .badge');

test('the primary status button always moves forward; moving back is explicit and quieter', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Noor Haddad');
  const brief = await seedBrief(app, client.id, 'Send the patient newsletter', { summary: 'Monthly newsletter to 1,200 patients.' });
  await openHash(page, `#/briefs/${brief.id}`);
  const status = page.getByRole('group', { name: 'Change status' });
  const primary = status.locator('.btn.primary');

  await expect(primary).toHaveText('Mark as clarifying');
  await status.getByRole('button', { name: 'Mark as ready' }).click();
  await expect(badge(page)).toHaveText('Ready to start');
  await expect(primary).toHaveText('Start work');
  await expect(status.getByRole('button', { name: 'Move back to “Clarifying”' })).toBeVisible();
  for (const i of (await app.call('checklists.forBrief', { briefId: brief.id })).items) {
    await app.call('checklists.setItem', { briefId: brief.id, itemId: i.id, state: 'done' });
  }
  await primary.click();
  await expect(badge(page)).toHaveText('In progress');

  // In progress: the next step is delivery, never "ready" again; going back is a quiet link.
  await expect(primary).toHaveText('Mark as delivered');
  await expect(status.getByRole('button', { name: 'Mark as ready' })).toHaveCount(0);
  const back = status.getByRole('button', { name: 'Move back to “Ready to start”' });
  await expect(back).toHaveClass(/link/);
  await primary.click();
  await page.getByLabel('Delivered on').fill('2026-11-20');
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(badge(page)).toHaveText('Delivered');
  await expect(page.getByText('Delivered on Fri 20 Nov 2026')).toBeVisible();

  // Delivered never offers "Start work"; the way back says what it does.
  await expect(primary).toHaveText('Mark as accepted');
  await expect(status.getByRole('button', { name: 'Start work' })).toHaveCount(0);
  await app.expectAccessible();
  await status.getByRole('button', { name: 'Move back to “In progress”' }).click();
  await expect(badge(page)).toHaveText('In progress');
  await primary.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(badge(page)).toHaveText('Delivered');
  await primary.click();
  await expect(badge(page)).toHaveText('Accepted');
  await expect(primary).toHaveCount(0);
  await expect(status).toContainText('Accepted: nothing more to do here.');
  await expect(status.getByRole('button', { name: 'Move back to “Delivered”' })).toBeVisible();
});

test('a brief with no figures starts without the figures check, which says it does not apply', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Harriet Lane');
  const brief = await seedBrief(app, client.id, 'Tidy the inbox', { summary: 'Delete the Newsletters label and all 6,000 emails in it' });
  await openHash(page, `#/briefs/${brief.id}`);
  const checklist = page.getByRole('region', { name: 'Clarification checklist' });
  const figures = checklist.getByTestId('checklist-item').filter({ hasText: 'Figures and amounts double-checked' });
  await expect(figures).toContainText('Does not apply to this brief');
  await expect(figures).toContainText('The brief mentions no figures or amounts');
  await expect(figures).not.toContainText('Required before starting');
  await expect(checklist.getByTestId('required-open')).toHaveText('7 required checks still open.');

  for (const i of (await app.call('checklists.forBrief', { briefId: brief.id })).items) {
    if (i.builtInKey !== 'figures' && i.requiredBeforeStart) await app.call('checklists.setItem', { briefId: brief.id, itemId: i.id, state: 'done' });
  }
  await expect(checklist.getByTestId('required-open')).toHaveText('All required checks are done.');
  await page.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Start work' }).click();
  await expect(page.getByRole('dialog', { name: 'Some required checks are still open' })).toHaveCount(0);
  await expect(badge(page)).toHaveText('In progress');
  expect((await app.call('briefs.get', { id: brief.id })).checklist.override).toBeNull();
});

test('Ctrl+Shift+M on a brief starts an incident about that brief and client', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Harriet Lane');
  await seedClient(app, 'Noor Haddad');
  const brief = await seedBrief(app, client.id, 'Tidy the inbox');
  await seedEntry(app, client.id, brief.id, 'Can you delete the Newsletters label?');
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('heading', { name: 'Tidy the inbox' })).toBeVisible();
  await page.keyboard.press('Control+Shift+M');
  await expect(page).toHaveURL(new RegExp(`#/incidents\\?new=1&brief=${brief.id}$`));
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page).toHaveURL(/#\/incidents\/[^?]+$/);
  const [incident] = await app.call('incidents.list', { status: 'open' });
  expect(incident).toBeDefined();
  const full = await app.call('incidents.get', { id: incident!.id });
  expect(full.answers.happened).toMatchObject({ clientId: client.id, briefId: brief.id });

  // From a client's page, the shortcut names the client.
  await openHash(page, `#/clients/${client.id}`);
  await expect(page.getByRole('heading', { name: 'Harriet Lane' }).first()).toBeVisible();
  await page.keyboard.press('Control+Shift+M');
  await expect(page).toHaveURL(new RegExp(`#/incidents\\?new=1&client=${client.id}$`));
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page).toHaveURL(/#\/incidents\/[^?]+$/);
  const startedId = decodeURIComponent(page.url().replace(/^.*#\/incidents\//, ''));
  expect(startedId).not.toBe(incident!.id);
  const fromClient = await app.call('incidents.get', { id: startedId });
  expect(fromClient.answers.happened).toMatchObject({ clientId: client.id, briefId: null });
});

test('in a narrow detail pane the brief’s actions line up under its title, not in the middle', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Noor Haddad');
  const brief = await seedBrief(app, client.id, 'Calendar tidy for the quarter');
  await page.setViewportSize({ width: 1024, height: 640 });
  await openHash(page, `#/briefs/${brief.id}`);
  const left = async (name: string, role: 'heading' | 'link' | 'button') => (await page.getByRole(role, { name, exact: true }).boundingBox())!.x;
  const title = await left('Calendar tidy for the quarter', 'heading');
  // The buttons start where the title starts; the quieter status link sits at the left of its own line, a few pixels in.
  expect(Math.abs((await left('Start incident', 'link')) - title)).toBeLessThan(2);
  expect((await left('Cancel brief', 'button')) - title).toBeLessThan(12);
  // At 1440 there is room: the actions stay at the top right, beside the title.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(async () => (await left('Start incident', 'link')) - title).toBeGreaterThan(300);
});
