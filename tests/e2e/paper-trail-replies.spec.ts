// The VA's own replies in the paper trail: recorded with channel, day and time, shown as "Sent by you"
// from the entry's direction; dates that look like slips are asked about, impossible ones explained.
import { formatDayLong } from '../../shared/domain/dateDisplay';
import { expect, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const localIso = (page: Page, y: number, m: number, d: number, h: number, min: number) =>
  page.evaluate(([y, m, d, h, min]) => new Date(y!, m! - 1, d, h, min).toISOString(), [y, m, d, h, min]);

test('records the VA’s own reply with channel and time, shown as “Sent by you”', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Harriet Lane');
  const brief = await seedBrief(app, client.id, 'Tidy the inbox');
  await seedEntry(app, client.id, brief.id, 'Can you delete the Newsletters label?', await localIso(page, 2026, 11, 20, 9, 15));
  await openHash(page, `#/briefs/${brief.id}`);
  const trail = page.getByRole('region', { name: 'Paper trail' });
  await trail.getByRole('button', { name: 'Add to paper trail' }).click();
  const form = page.getByRole('form', { name: 'Add to the paper trail' });
  // Time defaults to now; the VA says whose words these are.
  await expect(form.getByLabel('Time')).toHaveValue(/^\d{2}:\d{2}$/);
  await form.getByRole('radio', { name: 'What you sent' }).check();
  await form.getByLabel('Your words, exactly').fill('Happy to. Could you confirm you want all 6,000 emails deleted, not archived?');
  await form.getByLabel('Day you sent it').fill('2026-11-20');
  await form.getByLabel('Time').fill('09:40');
  await form.getByLabel('How?').selectOption('email');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByText('Added your reply to the paper trail.')).toBeVisible();

  const entries = page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  const mine = entries.filter({ hasText: 'Could you confirm you want all 6,000 emails deleted' });
  await expect(mine).toContainText('Sent by you');
  await expect(mine).toContainText('Fri 20 Nov 2026');
  await expect(mine).toContainText('Email');
  // The VA's own words are not risk-flagged; the client's are.
  await expect(mine.locator('mark')).toHaveCount(0);
  await expect(entries.filter({ hasText: 'Can you delete' }).locator('mark[data-kinds~="destructive"]')).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Can you delete' })).not.toContainText('Sent by you');

  const stored = await app.call('paperTrail.list', { briefId: brief.id });
  const sent = stored.find((e) => e.direction === 'sent')!;
  expect(sent).toMatchObject({ channel: 'email', receivedAt: await localIso(page, 2026, 11, 20, 9, 40) });
  // A correction of a sent entry stays a sent entry.
  await mine.getByRole('button', { name: 'Add a correction' }).click();
  const fix = page.getByRole('form', { name: 'Correct this entry' });
  await fix.getByLabel('Your words, exactly').fill('Happy to. Could you confirm: delete all 6,000, or archive them?');
  await fix.getByRole('button', { name: 'Add entry' }).click();
  await expect(entries).toHaveCount(3);
  const after = await app.call('paperTrail.list', { briefId: brief.id });
  expect(after.filter((e) => e.direction === 'sent')).toHaveLength(2);
  await app.expectAccessible();
});

test('asks before keeping a future or pre-2000 date, with the day spelled out, and explains a missing one', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Noor Haddad');
  const brief = await seedBrief(app, client.id, 'Send the patient newsletter');
  await openHash(page, `#/briefs/${brief.id}`);
  const trail = page.getByRole('region', { name: 'Paper trail' });
  await trail.getByRole('button', { name: 'Add to paper trail' }).click();
  const form = page.getByRole('form', { name: 'Add to the paper trail' });
  await form.getByLabel('Their words, exactly').fill('Please send the newsletter on the 1st.');

  // No day at all: a message that says what is wrong, and nothing saved.
  await form.getByLabel('Day they sent it').fill('');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.getByText('Enter the day as a full date, for example 10 December 2026.')).toBeVisible();
  expect(await app.call('paperTrail.list', { clientId: client.id })).toHaveLength(0);

  // A day still to come: asked, spelled out; nothing saved until the VA says yes.
  const future = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 10);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await form.getByLabel('Day they sent it').fill(future);
  await form.getByLabel('Time').fill('14:00');
  await form.getByRole('button', { name: 'Add entry' }).click();
  const question = form.getByRole('alert').filter({ hasText: 'Is that right?' });
  await expect(question).toContainText(`That is ${formatDayLong(future)} at `);
  await expect(question).toContainText(', which is still to come. Is that right?');
  expect(await app.call('paperTrail.list', { clientId: client.id })).toHaveLength(0);

  // Changing it puts the VA back on the day; a year before 2000 is asked about too.
  await question.getByRole('button', { name: 'Change it' }).click();
  await expect(form.getByLabel('Day they sent it')).toBeFocused();
  await form.getByLabel('Day they sent it').fill('1926-11-20');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Is that right?' })).toContainText('That is Saturday 20 November 1926, before the year 2000.');
  await form.getByLabel('Day they sent it').fill(future);
  await form.getByRole('button', { name: 'Add entry' }).click();
  await form.getByRole('button', { name: 'Yes, keep this date' }).click();
  await expect(page.getByText('Added the client’s message to the paper trail.')).toBeVisible();
  const stored = await app.call('paperTrail.list', { clientId: client.id });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ direction: 'received', receivedAt: await page.evaluate((day) => new Date(`${day}T14:00`).toISOString(), future) });
});
