// Screenshot walk for issue 15 part B, light and dark at 1024 and 1440 (tests/screenshots/look-*.png):
// the paper trail with the VA's own replies and the date question, the brief's status buttons, the
// checklist's "Does not apply", and the "before you say yes" guard with a reused message and "Wait: ask first".
import { join } from 'node:path';
import { expect, LOOK_MODE, SCREENSHOT_DIR, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/**
 * Like `app.screenshots`, but brings `selector` into view again after each resize, so the part being
 * looked at is on the picture at both sizes. No selector: the top of the page.
 */
async function shoot(page: Page, name: string, selector?: string, block: ScrollLogicalPosition = 'start') {
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
          .evaluate((el, b) => el.scrollIntoView({ block: b }), block);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}-${size.width}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function seedStory(app: Parameters<Parameters<typeof test>[2]>[0]['app']) {
  await app.call('settings.update', { profile: { name: 'Sam Ortiz', businessName: 'Ortiz VA Services' } });
  const client = await seedClient(app, 'Harriet Lane', { business: 'Lane & Co Interiors' });
  const brief = await seedBrief(app, client.id, 'Tidy the inbox', {
    summary: 'Delete the Newsletters label and all 6,000 emails in it',
    deadline: '2026-12-10',
  });
  await seedEntry(app, client.id, brief.id, 'Can you delete the Newsletters label? All of it. On holiday x', '2026-11-30T09:15:00.000Z');
  await app.call('paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: {
      receivedAt: '2026-11-30T09:40:00.000Z',
      channel: 'email',
      words: 'Happy to. Could you confirm you want all 6,000 emails deleted, not archived?',
      sourceRef: 'Re: Newsletters',
      confirmedInWriting: false,
      direction: 'sent',
    },
  });
  return { client, brief };
}

async function openSentForm(page: Page, briefId: string) {
  await openHash(page, `#/briefs/${briefId}`);
  await page.getByRole('region', { name: 'Paper trail' }).getByRole('button', { name: 'Add to paper trail' }).click();
  const form = page.getByRole('form', { name: 'Add to the paper trail' });
  await form.getByRole('radio', { name: 'What you sent' }).check();
  await form.getByLabel('Your words, exactly').fill('Thanks Harriet. I will delete the label on Monday morning, once you confirm.');
  return form;
}

test('paper trail: recording the VA’s own reply', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  await openSentForm(page, brief.id);
  await shoot(page, 'look-paper-trail-sent-form', '.entry-form');
  await app.expectAccessible();
});

test('paper trail: a date still to come is asked about, spelled out', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  const form = await openSentForm(page, brief.id);
  const future = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 10);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await form.getByLabel('Day you sent it').fill(future);
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(form.getByRole('button', { name: 'Yes, keep this date' })).toBeVisible();
  await shoot(page, 'look-paper-trail-date-question', '.date-question', 'center');
  await app.expectAccessible();
});

test('paper trail: the timeline with “Sent by you”', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem')).toHaveCount(2);
  await shoot(page, 'look-paper-trail-entries', '#paper-trail-heading');
  await app.expectAccessible();
});

test('checklist: the figures check does not apply to a brief without figures', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('heading', { name: 'Tidy the inbox' })).toBeVisible();
  await shoot(page, 'look-checklist-does-not-apply', '[data-testid="checklist-item"]:has-text("Figures and amounts")', 'center');
  await app.expectAccessible();
});

async function startWork(app: Parameters<Parameters<typeof test>[2]>[0]['app'], briefId: string) {
  for (const i of (await app.call('checklists.forBrief', { briefId })).items) {
    if (i.builtInKey !== 'figures') await app.call('checklists.setItem', { briefId, itemId: i.id, state: 'done' });
  }
  await app.call('briefs.setStatus', { id: briefId, status: 'in-progress' });
}

test('brief status: in progress offers delivery, with a quiet way back', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  await startWork(app, brief.id);
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.locator('.detail-head .badge')).toHaveText('In progress');
  await shoot(page, 'look-brief-status-in-progress');
  await app.expectAccessible();
});

test('brief status: delivered offers acceptance, never “Start work”', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  await startWork(app, brief.id);
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-12-01' });
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.locator('.detail-head .badge')).toHaveText('Delivered');
  await shoot(page, 'look-brief-status-delivered');
  await openHash(page, '#/briefs');
  await expect(page.getByText('due Thu 10 Dec 2026')).toBeVisible();
  await shoot(page, 'look-briefs-list-dates');
});

async function openGuard(page: Page, briefId: string) {
  await openHash(page, `#/briefs/${briefId}`);
  await expect(page.getByRole('heading', { name: 'Tidy the inbox' })).toBeVisible();
  await page.keyboard.press('Control+Shift+Y');
  return page.getByRole('dialog', { name: 'Before you say yes' });
}

test('before you say yes: the client’s message offered from the trail', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  const dialog = await openGuard(page, brief.id);
  await expect(dialog.getByRole('region', { name: 'Already in the paper trail?' })).toBeVisible();
  await shoot(page, 'look-guard-ask');
  await app.expectAccessible();
  await dialog.getByRole('button', { name: /^Use this message/ }).click();
  await shoot(page, 'look-guard-reused');
});

test('before you say yes: “Wait: ask first” when not sure of a way back', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedStory(app);
  const dialog = await openGuard(page, brief.id);
  await dialog.getByRole('button', { name: /^Use this message/ }).click();
  await dialog.getByRole('button', { name: 'Next: check before you answer' }).click();
  await dialog.getByLabel('What does it affect, and how much?').fill('The Newsletters label, about 6,000 emails');
  await dialog.getByRole('group', { name: 'Can it be undone, and for how long?' }).getByRole('radio', { name: 'Not sure' }).check();
  await dialog.getByRole('group', { name: 'Is there a backup?' }).getByRole('radio', { name: 'Not sure' }).check();
  await shoot(page, 'look-guard-wait', '[data-testid="wait-advice"]', 'center');
  await app.expectAccessible();
});
