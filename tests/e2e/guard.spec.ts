// "Before you say yes": when the client asked, a message already in the paper trail reused rather than
// logged twice, and "Wait: ask first" pre-selected when the VA is not sure there is a way back.
import { expect, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

test('takes the time the client asked, and reuses their message when it is already in the paper trail', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Harriet Lane');
  const brief = await seedBrief(app, client.id, 'Tidy the inbox');
  const logged = await seedEntry(app, client.id, brief.id, 'Can you delete the Newsletters label? All of it.');
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('heading', { name: 'Tidy the inbox' })).toBeVisible();

  // First a new question, asked yesterday at 16:20: its time is kept as typed.
  await page.keyboard.press('Control+Shift+Y');
  let dialog = page.getByRole('dialog', { name: 'Before you say yes' });
  const yesterday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(dialog.getByLabel('Time')).toHaveValue(/^\d{2}:\d{2}$/);
  await dialog.getByLabel('Day they asked').fill(yesterday);
  await dialog.getByLabel('Time').fill('16:20');
  await dialog.getByLabel('Their question, exactly').fill('Could you also unsubscribe me from the rest?');
  await dialog.getByRole('button', { name: 'Next: check before you answer' }).click();
  await dialog.getByRole('group', { name: 'Your answer' }).getByRole('radio', { name: 'No', exact: true }).check();
  await dialog.getByRole('button', { name: 'Save to paper trail' }).click();
  await expect(dialog).toHaveCount(0);
  const asked = (await app.call('paperTrail.list', { clientId: client.id })).find((e) => e.words.startsWith('Could you also'))!;
  expect(asked.receivedAt).toBe(await page.evaluate((day) => new Date(`${day}T16:20`).toISOString(), yesterday));

  // Then the earlier message: offered from the trail, picked, and not logged again.
  await page.keyboard.press('Control+Shift+Y');
  dialog = page.getByRole('dialog', { name: 'Before you say yes' });
  const offers = dialog.getByRole('region', { name: 'Already in the paper trail?' });
  await expect(offers).toContainText('Can you delete the Newsletters label? All of it.');
  await offers.getByRole('button', { name: 'Use this message: Can you delete the Newsletters label? All of it.' }).click();
  await expect(dialog.getByTestId('reused-entry')).toContainText('already in the paper trail. It will not be saved again.');
  await expect(dialog.getByLabel('Their question, exactly')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Next: check before you answer' }).click();
  await expect(dialog.getByText('Already in the paper trail: only your answer will be added.')).toBeVisible();
  await dialog.getByRole('group', { name: 'Your answer' }).getByRole('radio', { name: 'No', exact: true }).check();
  await dialog.getByRole('button', { name: 'Save to paper trail' }).click();
  await expect(dialog).toHaveCount(0);

  // Pasting the same words again is recognised too.
  await page.keyboard.press('Control+Shift+Y');
  dialog = page.getByRole('dialog', { name: 'Before you say yes' });
  await dialog.getByLabel('Their question, exactly').fill('Can you delete the   Newsletters label? All of it.');
  await dialog.getByRole('button', { name: 'Next: check before you answer' }).click();
  await expect(dialog.getByText('Already in the paper trail: only your answer will be added.')).toBeVisible();
  await dialog.getByRole('group', { name: 'Your answer' }).getByRole('radio', { name: 'No', exact: true }).check();
  await dialog.getByRole('button', { name: 'Save to paper trail' }).click();
  await expect(dialog).toHaveCount(0);

  const trail = await app.call('paperTrail.list', { clientId: client.id });
  expect(trail.filter((e) => e.words === logged.words)).toHaveLength(1);
  expect(trail.filter((e) => e.direction === 'received')).toHaveLength(2);
  expect(trail.filter((e) => e.direction === 'sent')).toHaveLength(3);
});

test('“Not sure” about undo or a backup recommends “Wait: ask first”; Yes stays possible but is not chosen', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Harriet Lane');
  await seedBrief(app, client.id, 'Tidy the inbox');
  await page.getByRole('button', { name: 'Before you say yes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Before you say yes' });
  await dialog.getByLabel('Their question, exactly').fill('Can you delete the Newsletters label? All of it.');
  await dialog.getByRole('button', { name: 'Next: check before you answer' }).click();

  await dialog.getByLabel('What does it affect, and how much?').fill('About 6,000 emails');
  await dialog.getByRole('group', { name: 'Can it be undone, and for how long?' }).getByRole('radio', { name: 'Not sure' }).check();
  const advice = dialog.getByTestId('wait-advice');
  await expect(advice).toContainText('You are not sure it can be undone.');
  await dialog.getByRole('group', { name: 'Is there a backup?' }).getByRole('radio', { name: 'Not sure' }).check();
  await expect(advice).toContainText('Wait: ask first');
  await expect(advice).toContainText('You are not sure it can be undone. You are not sure there is a backup.');
  await expect(dialog.getByRole('radio', { name: 'Not yet: I will check a few things first (recommended)' })).toBeChecked();
  await expect(dialog.getByLabel('Your reply to the client')).toHaveValue(/^Hi Harriet, thanks for checking with me\./);
  await dialog.getByLabel('Is this within what was agreed?').fill('Yes');

  // Yes is still there once the pause is over, but not chosen for the VA.
  const yes = dialog.getByRole('radio', { name: 'Yes, go ahead' });
  await expect(yes).toBeEnabled({ timeout: 8_000 });
  await expect(yes).not.toBeChecked();
  await app.expectAccessible();

  // Knowing there is a backup removes the advice; the recommendation is no longer chosen.
  await dialog.getByRole('group', { name: 'Can it be undone, and for how long?' }).getByRole('radio', { name: 'Yes' }).check();
  await dialog.getByRole('group', { name: 'Is there a backup?' }).getByRole('radio', { name: 'Yes' }).check();
  await expect(advice).toHaveCount(0);
  // Back to not sure, and the VA chooses Yes anyway: allowed, and saved with the answers given.
  await dialog.getByRole('group', { name: 'Is there a backup?' }).getByRole('radio', { name: 'Not sure' }).check();
  await expect(dialog.getByTestId('wait-advice')).toBeVisible();
  await yes.check();
  await dialog.getByRole('button', { name: 'Save to paper trail' }).click();
  await expect(dialog).toHaveCount(0);
  const answer = (await app.call('paperTrail.list', { clientId: client.id })).find((e) => e.direction === 'sent')!;
  expect(answer.words).toContain('My answer: Yes, go ahead.');
  expect(answer.words).toContain('Is there a backup? Not sure');
});
