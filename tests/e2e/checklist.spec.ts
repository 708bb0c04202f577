// Pinning a task down before it starts, as a VA does it: risk flags in the brief and the paper trail,
// the clarification checklist gating "Start work" (with an override and its reason), "Ask the client",
// "Confirm the brief", retyping amounts, the checklist template, and the "before you say yes" guard.
import { type AppFixture, expect, test, type Page } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

const openHash = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function seedHarriet(app: AppFixture, summary = '') {
  await app.call('settings.update', { profile: { name: 'Sam Ortiz', businessName: 'Ortiz VA Services' } });
  const client = await seedClient(app, 'Harriet Lane', { business: 'Lane & Co Interiors' });
  const brief = await seedBrief(app, client.id, 'Tidy the inbox', { summary });
  return { client, brief };
}

const checklist = (page: Page) => page.getByRole('region', { name: 'Clarification checklist' });
const item = (page: Page, label: string | RegExp) =>
  checklist(page)
    .getByTestId('checklist-item')
    .filter({ has: page.getByText(label) });

test('flags a risky brief, blocks Start work until the checks are done, and keeps the reason for starting anyway', async ({ app }) => {
  const { page } = app;
  const { client, brief } = await seedHarriet(app);
  await seedEntry(app, client.id, brief.id, 'Can you delete the Newsletters label? I’m on holiday x');
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('heading', { name: 'Tidy the inbox' })).toBeVisible();
  // Nothing risky typed yet in the brief, so no risk panel: the page stays calm.
  await expect(page.getByTestId('risk-flags')).toHaveCount(0);

  await page.getByLabel('What was asked').fill('Delete the Newsletters label and all 6,000 emails in it');
  const risks = page.getByTestId('risk-flags');
  await expect(risks).toBeVisible();
  await expect(risks.getByTestId('risk-advice')).toHaveText('Bulk + destructive: confirm in writing, check what it contains, make sure it can be undone.');
  await expect(risks.locator('mark[data-kinds~="destructive"]')).toHaveText('Delete');
  await expect(risks.locator('mark[data-kinds~="bulk"]')).toHaveText(['all', '6,000 emails']);
  await expect(risks.getByRole('listitem').filter({ hasText: 'Destructive' })).toContainText("Deleting can't always be undone");
  // The paper trail highlights the client's own words too.
  const trail = page.getByRole('list', { name: 'Paper trail entries' });
  await expect(trail.locator('mark[data-kinds~="destructive"]')).toHaveText('delete');
  // The checklist item about irreversible work points at the flagged words.
  await expect(item(page, /Anything irreversible or destructive/)).toContainText('Flagged in this brief: “Delete”');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await app.screenshots('checklist-risk-flags');
  await app.expectAccessible();

  // Start work is refused while required checks are open.
  await page.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Start work' }).click();
  const dialog = page.getByRole('dialog', { name: 'Some required checks are still open' });
  await expect(dialog).toBeVisible();
  const open = dialog.getByRole('list', { name: 'Required checks still open' }).getByRole('listitem');
  // No figures or amounts in this brief, so "Figures and amounts double-checked" does not apply: 7, not 8.
  await expect(open).toHaveCount(7);
  await expect(open.filter({ hasText: 'Figures and amounts' })).toHaveCount(0);
  await expect(open.first()).toHaveText('Scope and perimeters: what is in, what is out');
  await app.screenshots('checklist-start-blocked');
  await app.expectAccessible();

  // "Finish the checks first" takes the VA back to the checklist; the brief has not started.
  await dialog.getByRole('button', { name: 'Finish the checks first' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(checklist(page)).toBeFocused();
  await expect(page.locator('.detail-head .badge')).toHaveText('Draft');

  // Ticking one item updates the progress; the rest stay open.
  await item(page, 'Deliverables and format').getByRole('checkbox').check();
  await expect(checklist(page).getByTestId('required-open')).toHaveText('6 required checks still open.');
  await page.setViewportSize({ width: 1440, height: 900 });
  await checklist(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await app.screenshots('checklist-panel');

  // Starting anyway needs a reason, which is kept on the brief.
  await page.getByRole('group', { name: 'Change status' }).getByRole('button', { name: 'Start work' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(6);
  await dialog.getByRole('button', { name: 'Start anyway' }).click();
  await expect(dialog.getByText('Write a short reason to start anyway.')).toBeVisible();
  await dialog.getByLabel('Why are you starting now?').fill('Harriet confirmed by phone before her flight; I will check the label first.');
  await dialog.getByRole('button', { name: 'Start anyway' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.detail-head .badge')).toHaveText('In progress');
  const note = page.getByTestId('override-note');
  await expect(note).toContainText('Started before the checklist was complete');
  await expect(note).toContainText('Harriet confirmed by phone before her flight; I will check the label first.');
  await page.reload();
  await expect(page.getByTestId('override-note')).toContainText('Harriet confirmed by phone before her flight');
  const stored = await app.call('briefs.get', { id: brief.id });
  expect(stored.checklist.override?.reason).toBe('Harriet confirmed by phone before her flight; I will check the label first.');
  expect(stored.checklist.override?.openItems).toHaveLength(6);
  await expect(checklist(page)).toContainText('Work has started, so this checklist keeps the wording you checked against.');
  await app.screenshots('checklist-override-reason');
});

test('turns the open items into a message for the client, and adds their reply to the paper trail in one step', async ({ app }) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const { brief } = await seedHarriet(app, 'Sort the inbox into labels and archive old newsletters.');
  await openHash(page, `#/briefs/${brief.id}`);
  await item(page, 'Deliverables and format').getByRole('checkbox').check();
  await item(page, 'Access and permissions needed')
    .getByRole('button', { name: /Not needed here/ })
    .click();
  await expect(item(page, 'Access and permissions needed')).toHaveAttribute('data-state', 'not-needed');
  await item(page, /^Scope and perimeters/)
    .getByRole('textbox')
    .fill('Main inbox only, not the shared one');
  await expect
    .poll(async () => (await app.call('checklists.forBrief', { briefId: brief.id })).items.find((i) => i.builtInKey === 'scope')?.answer)
    .toBe('Main inbox only, not the shared one');

  await checklist(page).getByRole('button', { name: 'Ask the client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ask the client' });
  const message = dialog.getByLabel('Message', { exact: true });
  await expect(dialog.getByLabel('Subject')).toHaveValue('A few questions about “Tidy the inbox”');
  await expect(message).toHaveValue(/^Hi Harriet,\n\nThank you for sending this over\. Before I start on “Tidy the inbox”/);
  await expect(message).toHaveValue(/1\. What exactly is included, and is there anything you would like me to leave alone\?/);
  await expect(message).toHaveValue(/How will we both know it is finished/);
  await expect(message).toHaveValue(/When do you need it by/);
  // Ticked, not-needed and VA-only items are not asked; nor are amounts, with no money in the brief.
  await expect(message).not.toHaveValue(/What would you like to receive/);
  await expect(message).not.toHaveValue(/What access will I need/);
  await expect(message).not.toHaveValue(/done this kind of task/);
  await expect(message).not.toHaveValue(/amounts/);
  await expect(message).toHaveValue(/Kind regards,\nSam Ortiz\nOrtiz VA Services$/);
  await expect(message).not.toHaveValue(/!/);
  await dialog.getByRole('button', { name: 'Copy message' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('What exactly is included');
  await app.screenshots('checklist-ask-the-client');
  await app.expectAccessible();

  await dialog.getByLabel('Chat message').check();
  await expect(message).toHaveValue(/^Hi Harriet, before I start on “Tidy the inbox”, could you help me with a few quick questions\?\n1\. /);
  await expect(dialog.getByLabel('Subject')).toHaveCount(0);

  // The reply goes into the paper trail in one step.
  await dialog.getByLabel('Their reply, exactly').fill('Main inbox only. Keep anything from clients. By Friday please, as a list in Google Docs.');
  await dialog.getByRole('button', { name: 'Add reply to paper trail' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Added their reply to the paper trail.')).toBeVisible();
  const entries = page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Main inbox only. Keep anything from clients.');
  await expect(entries.first()).toContainText('Reply to my clarification questions');
});

test('confirms the brief in writing with a recap, and links the client’s reply', async ({ app }) => {
  const { page } = app;
  const { brief, client } = await seedHarriet(app);
  await app.call('briefs.update', {
    id: brief.id,
    fields: {
      title: 'Tidy the inbox',
      summary: 'Delete the Newsletters label and all 6,000 emails in it',
      deliverables: 'A tidy inbox with labels Clients, Suppliers, Receipts',
      doneCriteria: 'Fewer than 50 emails in the inbox',
      inScope: 'The main inbox',
      outOfScope: 'The shared mailbox',
      deadline: '2026-11-27',
    },
  });
  await openHash(page, `#/briefs/${brief.id}`);
  await checklist(page).getByRole('button', { name: 'Confirm the brief' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm the brief' });
  const message = dialog.getByLabel('Message', { exact: true });
  await expect(dialog.getByLabel('Subject')).toHaveValue('Please confirm: “Tidy the inbox”');
  await expect(message).toHaveValue(/Included: The main inbox\nNot included: The shared mailbox\nWhat I will deliver: A tidy inbox/);
  await expect(message).toHaveValue(/Finished means: Fewer than 50 emails in the inbox\nDeadline: Friday 27 November 2026/);
  // ("Suppliers" reads as people outside the business, so sending out is named too; the VA can edit the wording.)
  await expect(message).toHaveValue(/As this involves deleting things( and [a-z ]+)?, I would like your written OK before I begin\./);
  await expect(dialog.getByText(/The recap has gaps/)).toHaveCount(0);
  await app.screenshots('checklist-confirm-the-brief');
  await app.expectAccessible();

  await dialog.getByLabel('Their confirmation, exactly').fill('Confirmed, thank you. Keep the receipts though.');
  await dialog.getByRole('button', { name: 'Mark as confirmed' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(checklist(page).getByText('Confirmed in writing', { exact: true })).toBeVisible();
  const confirmed = item(page, 'The brief confirmed by the client in writing');
  await expect(confirmed.getByRole('checkbox')).toBeChecked();
  await expect(confirmed.getByRole('textbox')).toHaveValue(/^Confirmed in writing on .+\. See the paper trail\.$/);
  const entry = page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem').first();
  await expect(entry).toContainText('Confirmed, thank you. Keep the receipts though.');
  await expect(entry).toContainText('Confirmed in writing');
  const state = await app.call('checklists.forBrief', { briefId: brief.id });
  const entries = await app.call('paperTrail.list', { clientId: client.id });
  expect(state.confirmedEntryId).toBe(entries[0]!.id);
});

test('asks for each amount to be retyped and warns loudly and specifically on a mismatch', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedHarriet(app, 'Please book the £8,000 invoice from Acme into Xero.');
  await openHash(page, `#/briefs/${brief.id}`);
  const figures = page.getByTestId('figure-check');
  await expect(figures).toContainText('Retype each amount');
  const field = figures.getByLabel('Retype £8,000');
  await field.fill('80,000');
  await figures.getByRole('button', { name: 'Check' }).click();
  const alert = figures.getByRole('alert');
  await expect(alert).toContainText('Check this amount again');
  await expect(alert).toContainText(
    'These do not match. The brief says £8,000 (8,000), but you typed 80,000. That is 10 times as much: check the number of zeros.',
  );
  await app.screenshots('checklist-figure-mismatch');
  await app.expectAccessible();

  await field.fill('8k');
  await field.press('Enter');
  await expect(figures.getByRole('status')).toHaveText('Matches: £8,000.');
  await expect(figures.getByText('Every amount matches what you retyped.')).toBeVisible();
  await figures.getByRole('button', { name: 'Tick “Figures and amounts double-checked”' }).click();
  await expect(item(page, 'Figures and amounts double-checked').getByRole('checkbox')).toBeChecked();
  await expect(item(page, 'Figures and amounts double-checked').getByRole('textbox')).toHaveValue('Retyped and matched: £8,000.');
});

test('edits the checklist template: add, reorder, retire with undo, and a client’s own items', async ({ app }) => {
  const { page } = app;
  const { client, brief } = await seedHarriet(app);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Edit the checklist' }).click();
  await expect(page.getByRole('heading', { name: 'Clarification checklist', level: 1 })).toBeVisible();
  const items = page.getByRole('list', { name: 'Checklist items' }).getByTestId('template-item');
  await expect(items).toHaveCount(10);

  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByLabel('Item', { exact: true }).fill('Check what a label contains before deleting it');
  await page.getByLabel('Why it matters').fill('Deleting a label can take its emails with it.');
  await page.getByLabel('Required before starting work').check();
  await page.getByRole('button', { name: 'Add item', exact: true }).click();
  await expect(items).toHaveCount(11);
  await expect(items.last()).toContainText('Check what a label contains before deleting it');
  await expect(items.last()).toContainText('Required before starting');
  await page.getByRole('button', { name: 'Move up: Check what a label contains before deleting it' }).click();
  await expect(items.nth(9)).toContainText('Check what a label contains before deleting it');

  await page.getByRole('button', { name: 'Retire: Undivided time booked for it' }).click();
  await expect(items).toHaveCount(10);
  await expect(page.getByText('Retired “Undivided time booked for it”. Briefs that already use it keep it.')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(11);
  await app.screenshots('checklist-template');
  await app.expectAccessible();

  // A client's own extra item, from the client's page.
  await openHash(page, `#/clients/${client.id}`);
  const own = page.getByRole('region', { name: 'Checklist items for Harriet Lane only' });
  await own.getByRole('button', { name: 'Add an item' }).click();
  await own.getByLabel('Item', { exact: true }).fill('Which rooms are in the mood board?');
  await own.getByRole('button', { name: 'Add item', exact: true }).click();
  await expect(own.getByTestId('template-item')).toContainText('Asked as: “Which rooms are in the mood board?”');

  await openHash(page, `#/briefs/${brief.id}`);
  await expect(item(page, 'Check what a label contains before deleting it')).toContainText('Required before starting');
  await expect(checklist(page).getByTestId('checklist-item').last()).toContainText('Which rooms are in the mood board?');
});

test('the quick-question guard pauses before yes and saves question and answer to the paper trail', async ({ app }) => {
  const { page } = app;
  const { brief } = await seedHarriet(app);
  await openHash(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('heading', { name: 'Tidy the inbox' })).toBeVisible();
  await page.keyboard.press('Control+Shift+Y');
  const dialog = page.getByRole('dialog', { name: 'Before you say yes' });
  await expect(dialog).toBeVisible();
  // The client and brief on screen are chosen already.
  await expect(dialog.getByLabel('Which client?')).toHaveValue((await app.call('clients.list', {}))[0]!.id);
  await expect(dialog.getByLabel('Which brief is it about?')).toHaveValue(brief.id);
  await dialog.getByLabel('Their question, exactly').fill('Hiya, can you delete the Newsletters label? All of it. On holiday x');
  await expect(dialog.getByTestId('risk-advice')).toHaveText('Bulk + destructive: confirm in writing, check what it contains, make sure it can be undone.');
  await dialog.getByRole('button', { name: 'Next: check before you answer' }).click();

  await expect(dialog.getByRole('heading', { name: 'Four questions before you answer' })).toBeVisible();
  const yes = dialog.getByRole('radio', { name: 'Yes, go ahead' });
  await expect(yes).toBeDisabled();
  await expect(dialog.getByTestId('yes-countdown')).toContainText(/You can choose “Yes” in [1-5] seconds?/);
  await app.screenshots('quick-question-countdown');
  await app.expectAccessible();

  await dialog.getByLabel('What does it affect, and how much?').fill('The Newsletters label, about 6,000 emails');
  const undo = dialog.getByRole('group', { name: 'Can it be undone, and for how long?' });
  await undo.getByRole('radio', { name: 'Yes' }).check();
  await undo.getByLabel('How, and for how long? (optional)').fill('Gmail keeps them in the bin for 30 days');
  const backup = dialog.getByRole('group', { name: 'Is there a backup?' });
  await backup.getByRole('radio', { name: 'Yes' }).check();
  await backup.getByLabel('Where is it? (optional)').fill('Harriet exported the label yesterday');
  await dialog.getByLabel('Is this within what was agreed?').fill('Yes, the inbox tidy covers it');
  await expect(yes).toBeEnabled({ timeout: 8_000 });
  await expect(dialog.getByTestId('yes-countdown')).toHaveText('You can choose “Yes” now, if you are sure.');

  // "Not yet" fills in a suggested reply; then the VA settles on yes.
  await dialog.getByRole('radio', { name: 'Not yet: I will check a few things first' }).check();
  await expect(dialog.getByLabel('Your reply to the client')).toHaveValue(/^Hi Harriet, thanks for checking with me\./);
  await yes.check();
  await dialog.getByLabel('Your reply to the client').fill('Yes, done by 5pm. The bin keeps them for 30 days if you change your mind.');
  await dialog.getByRole('button', { name: 'Save to paper trail' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Saved the question and your answer to Harriet Lane’s paper trail.')).toBeVisible();

  // Two entries, as the exchange happened: the client's words exactly (received), then the answer (sent).
  const entries = page.getByRole('list', { name: 'Paper trail entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  const asked = entries.filter({ hasText: 'Hiya, can you delete the Newsletters label? All of it. On holiday x' });
  await expect(asked).toContainText('Before you say yes');
  await expect(asked).not.toContainText('My answer');
  await expect(asked.locator('mark[data-kinds~="destructive"]').first()).toHaveText('delete');
  const answered = entries.filter({ hasText: 'My answer: Yes, go ahead.' });
  await expect(answered).toContainText('Sent by you');
  await expect(answered).toContainText('What I replied: Yes, done by 5pm.');
  await expect(answered).toContainText('Is there a backup? Yes: Harriet exported the label yesterday');
});

test('the quick-question guard opens from the sidebar and asks for a client first when there is none', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Before you say yes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Before you say yes' });
  await expect(dialog).toContainText('Add a client first');
  await dialog.getByRole('button', { name: 'New client' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();
});
