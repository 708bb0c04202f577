// Messages, as a VA uses them: fill a template for a client and brief, see tone notes in place, fix them,
// copy, mark as sent into the paper trail; edit and reset a built-in; the call script with its call log.
import { type AppFixture, expect, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';

async function seedAda(app: AppFixture) {
  await app.call('settings.update', { profile: { name: 'Sam Patel', businessName: 'Sam Assists' } });
  const ada = await seedClient(app, 'Ada Lovelace', { business: 'Analytical Engines Ltd' });
  const brief = await seedBrief(app, ada.id, 'March newsletter', { deadline: '2026-11-20' });
  return { ada, brief };
}

const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const message = (page: Page) => page.getByLabel('Your message');
const notes = (page: Page) => page.getByRole('region', { name: 'Tone notes in this message' }).getByRole('button');
const summary = (page: Page) => page.locator('.tone-summary');

test('fill a template, see tone notes in place, fix them, copy and mark as sent', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedAda(app);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('heading', { name: 'Messages', level: 1 })).toBeVisible();
  await app.screenshots('templates-library');

  // Find the template by situation and channel.
  await page.getByLabel('Situation').selectOption('missed-deadline');
  await page.getByLabel('Channel', { exact: true }).selectOption('email');
  const list = page.getByRole('navigation', { name: 'Message templates' }).getByRole('link');
  await expect(list).toHaveCount(1);
  await list.first().click();
  await expect(page.getByRole('heading', { name: 'Missed deadline (email)' })).toBeVisible();

  // Before a client is chosen, the gaps show in brackets.
  await expect(message(page)).toHaveValue(/Hi \[client’s first name\],/);
  await expect(summary(page)).toContainText('gaps to fill in');

  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Ada Lovelace' });
  await page.getByLabel('Brief', { exact: true }).selectOption({ label: 'March newsletter' });
  await page.getByLabel('What you will do to put it right').fill('send you the finished newsletter for approval');
  await page.getByLabel('By when').fill('3pm today');
  await page.getByLabel('How it won’t happen again').fill('tell you two working days ahead if a deadline is at risk');
  await expect(page.getByLabel('Subject')).toHaveValue('March newsletter: new delivery time');
  await expect(message(page)).toHaveValue(/^Hi Ada,\n\nI'm sorry: March newsletter was due with you on Friday 20 November/);
  await expect(message(page)).toHaveValue(/I will send you the finished newsletter for approval by 3pm today\./);
  await expect(message(page)).toHaveValue(/Best wishes,\nSam$/);
  await expect(message(page)).not.toHaveValue(/\[|\{\{/);
  await expect(summary(page)).toHaveText('1 apology — good. Clear and complete.');
  await expect(notes(page)).toHaveCount(0);

  // Two excuses and "no charge this month": three notes, underlined where they are.
  const clean = await message(page).inputValue();
  const messy = clean
    .replace('That was my mistake.', 'I was swamped this week and my laptop crashed. That was my mistake.')
    .replace('Best wishes,', 'There will be no charge this month.\n\nBest wishes,');
  await message(page).fill(messy);
  await expect(notes(page)).toHaveCount(3);
  await expect(notes(page).nth(0)).toContainText('Busy or rushed');
  await expect(notes(page).nth(0)).toContainText('I was swamped');
  await expect(notes(page).nth(1)).toContainText('Blaming tools');
  await expect(notes(page).nth(1)).toContainText('my laptop crashed');
  await expect(notes(page).nth(2)).toContainText('Waiving your fee');
  await expect(notes(page).nth(2)).toContainText('no charge');
  await expect(summary(page)).toHaveText('1 apology — good. 2 excuses. 1 offer that overcompensates.');
  const marks = page.locator('.tone-mirror mark.finding');
  await expect(marks).toHaveText(['I was swamped', 'my laptop crashed', 'no charge']);

  // The message shows on hover over the underlined words, and at the cursor for the keyboard.
  const box = (await marks.nth(1).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('tooltip')).toContainText('Blaming a tool');
  await page.screenshot({ path: 'tests/screenshots/templates-tooltip.png' });
  await notes(page).nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(message(page)).toBeFocused();
  await expect(page.locator('.tone-cursor')).toContainText('Being busy explains the mistake');
  await page.getByLabel('Subject').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await app.screenshots('templates-tone-notes');
  await app.expectAccessible();

  // Fixed: clean again.
  await message(page).fill(clean);
  await expect(notes(page)).toHaveCount(0);
  await expect(summary(page)).toHaveText('1 apology — good. Clear and complete.');

  // Copy in one click.
  await page.getByRole('button', { name: 'Copy message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(clean);

  // Mark as sent: the words are in the brief's paper trail, with channel and time.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Saved to Ada Lovelace’s paper trail')).toBeVisible();
  await page.getByRole('link', { name: 'Open the paper trail' }).click();
  await expect(page.getByRole('heading', { name: 'March newsletter' })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Sent by you (email), from “Missed deadline (email)”');
  await expect(entries.first()).toContainText('Subject: March newsletter: new delivery time');
  await expect(entries.first()).toContainText('the finished newsletter for approval by 3pm today.');
  const [sentEntry] = await app.call('paperTrail.list', { briefId: brief.id });
  expect(sentEntry).toMatchObject({ channel: 'email', words: `Subject: March newsletter: new delivery time\n\n${clean}` });
});

test('edit a built-in, catch a mistyped placeholder, reset it, and make your own', async ({ app }) => {
  const { page } = app;
  await seedAda(app);
  await openHash(page, '#/templates/builtin-late-reply-chat');
  await expect(page.getByRole('heading', { name: 'Late reply (chat)' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit the template' }).click();
  const body = page.getByRole('textbox', { name: 'Message', exact: true });
  await body.fill('Hi {{client.frstName}}, sorry for the slow reply, that is on me. I will {{fix.action}} by {{fix.by}}.');
  await expect(page.getByText('{{client.frstName}} is not a placeholder Steadyhand knows. Did you mean {{client.firstName}}?').first()).toBeVisible();
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await page.getByRole('button', { name: 'Use {{client.firstName}}' }).click();
  await expect(body).toHaveValue(/^Hi \{\{client\.firstName\}\}, sorry/);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Message templates' }).getByRole('link', { name: /Late reply \(chat\)/ })).toContainText('Edited');
  await app.screenshots('templates-editor');
  await app.expectAccessible();

  await page.getByRole('button', { name: 'Reset to original' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset to original' }).click();
  await expect(page.getByText('Back to the original words.')).toBeVisible();
  await page.getByRole('button', { name: 'Write the message' }).click();
  await expect(message(page)).toHaveValue(/sorry for the slow reply, that's on me/);
  const trash = await app.call('trash.list', {});
  expect(trash.map((i) => [i.kind, i.label])).toEqual([['template', 'Late reply (chat)']]);

  // Duplicate into a template of your own.
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: 'Late reply (chat) (copy)' })).toBeVisible();
  await expect(page.getByText('Your own', { exact: true }).first()).toBeVisible();
});

test('the call script: six beats from the details, printable, with a call log in the paper trail', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedAda(app);
  await page.getByRole('link', { name: 'Messages' }).click();
  await page.getByRole('link', { name: /Call script/ }).click();
  await expect(page.getByRole('heading', { name: 'Call script' })).toBeVisible();
  await expect(page.getByLabel('What will be done, and by when')).toHaveValue('I will [what you will do to put it right] by [when it will be done].');

  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Ada Lovelace' });
  await page.getByLabel('Brief', { exact: true }).selectOption({ label: 'March newsletter' });
  const details = page.getByRole('group', { name: 'Fill in the details' });
  await details.getByLabel('What happened').fill('I sent the draft newsletter to the whole list instead of to you.');
  await details.getByLabel('What you have already done').fill('sent a short note to the list saying the draft went out in error');
  await details.getByLabel('What you will do to put it right').fill('send you the final version for approval');
  await details.getByLabel('By when').fill('3pm today');
  await details.getByLabel('How it won’t happen again').fill('send every draft to myself as a test first');
  await expect(page.getByLabel('Own it, in one sentence')).toHaveValue('I made a mistake with March newsletter, and I am sorry.');
  await expect(page.getByLabel('What will be done, and by when')).toHaveValue('I will send you the final version for approval by 3pm today.');
  await expect(page.locator('.call-script .tone-summary')).toContainText('1 apology — good. Clear and complete.');
  await app.screenshots('templates-call-script');
  await app.expectAccessible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.beat-print').nth(3)).toHaveText('I will send you the final version for approval by 3pm today.');
  await expect(page.locator('.beat-print').nth(3)).toBeVisible();
  await expect(page.getByLabel('What will be done, and by when')).toBeHidden();
  await page.screenshot({ path: 'tests/screenshots/templates-call-script-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.getByLabel('How did it go?').selectOption('spoke');
  await page.getByLabel('Notes').fill('Ada is fine with 3pm. She asked for a copy by email.');
  await page.getByRole('button', { name: 'Save call log' }).click();
  await expect(page.getByText('Call log saved to Ada Lovelace’s paper trail.')).toBeVisible();
  const trail = await app.call('paperTrail.list', { briefId: brief.id });
  expect(trail).toMatchObject([{ channel: 'phone', words: 'Spoke with the client.\n\nAda is fine with 3pm. She asked for a copy by email.' }]);
});

test('a tone rule switched off in Settings no longer shows its notes', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  const rule = page.getByRole('switch', { name: /Tentative "just"/ });
  await expect(rule).toBeChecked();
  await rule.uncheck();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('heading', { name: 'Tone check' }).scrollIntoViewIfNeeded();
  await app.screenshots('templates-settings-tone-rules');
  expect((await app.call('settings.get', {})).disabledToneRules).toEqual(['hedging.just']);
  await app.expectAccessible();

  await openHash(page, '#/templates/builtin-late-reply-chat');
  await message(page).fill("Sorry for the slow reply, that's on me. I just wanted to say I will send it by 3pm today.");
  await expect(notes(page)).toHaveCount(0);
  await expect(page.getByText('1 tone rule is switched off in Settings.')).toBeVisible();
});

test('the composer on its own, as the incident flow embeds it: situation and channel can change', async ({ app }) => {
  const { page } = app;
  const { ada } = await seedAda(app);
  await openHash(page, `#/templates?compose=1&situation=wrong-data&channel=chat&client=${ada.id}`);
  await expect(page.getByRole('heading', { name: 'Write the message' })).toBeVisible();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(ada.id);
  await expect(message(page)).toHaveValue(/^Hi Ada, I'm sorry, I got something wrong in \[task name\]/);
  await message(page).fill('Hi Ada, a message of my own.');
  await page.getByLabel('Channel', { exact: true }).last().selectOption('voicemail');
  await expect(message(page)).toHaveValue(/^Hi Ada, it's Sam Patel\. I made an error in \[task name\]/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(message(page)).toHaveValue('Hi Ada, a message of my own.');
  await app.expectAccessible();
});
