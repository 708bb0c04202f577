// The two stories from issue 15, driven through the screens as a VA would, counting what each costs: at most
// 12 answers and at most 10 screens from "I made a mistake" to an exported summary, with a step counter that
// never changes its total.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';
import { IncidentFlow, openRoute, seedLabelStory, StoryCost } from './pages/incidentFlow';
import { seedProfile } from './pages/summaries';

const MAX_ANSWERS = 12;
const MAX_SCREENS = 10;

test('the label story: client spotted it, my mistake inside the window, a call, 6,000 emails restored', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  const flow = new IncidentFlow(page);
  const cost = new StoryCost(page);
  const { brief } = await seedLabelStory(app);
  await seedProfile(app);
  const where = page.locator('.flow-where');

  await openRoute(page, `#/briefs/${brief.id}`);
  await page.getByRole('link', { name: 'Start incident' }).click();
  await cost.onScreen('Take a breath first');
  await page.getByRole('button', { name: 'Skip' }).click();

  // Harm first: nothing is still happening here.
  await cost.onScreen('Is the harm still happening?');
  await expect(where).toHaveText('Step 2 of 7: Stop the harm');
  await cost.choose(flow.radio('No, it has stopped'), 'harm has stopped');
  await flow.next();

  // The facts on one page; client, brief and delivery come from the brief, "happened" follows the report date.
  await cost.onScreen('What happened?');
  await expect(page.getByLabel('Brief', { exact: true })).toHaveValue(brief.id);
  await cost.fill(
    page.getByLabel('What happened', { exact: true }),
    'I deleted the Newsletters label, and the 6,000 emails in it were deleted too.',
    'what happened',
  );
  await cost.fill(page.getByLabel('When was it reported, or when did you spot it?', { exact: true }), '2026-11-19', 'the report date');
  await expect(page.getByLabel('When did it happen?', { exact: true })).toHaveValue('2026-11-19');
  await expect(page.getByLabel('When was the work delivered?', { exact: true })).toHaveValue('2026-11-16');
  await flow.next();

  await cost.onScreen('Who spotted it, and how serious is it?');
  await cost.choose(flow.radio(/^The client/), 'the client spotted it');
  await cost.choose(page.getByRole('checkbox', { name: /^Data/ }), 'data');
  await expect(flow.radio('High (suggested from what it affected)')).toBeChecked();
  await flow.next();

  // The paper trail, with the VA's own reply marked from its direction, and the remedy under the verdict.
  await cost.onScreen('Did the client ask for this?');
  await expect(where).toHaveText('Step 4 of 7: Check the paper trail');
  await expect(page.locator('.trail-entries').getByRole('listitem').filter({ hasText: 'Yes, will do' })).toContainText('Sent by you');
  await expect(page.locator('.trail-entries').getByRole('listitem').filter({ hasText: 'Please keep all the emails' })).not.toContainText('Sent by you');
  await cost.choose(flow.radio('My mistake'), 'my mistake');
  await expect(page.getByRole('heading', { name: 'Free fix, under the contract' })).toBeVisible();
  await expect(page.locator('.window-text')).toContainText('That is inside the 3-working-day window');
  await expect(flow.radio('Keep the invoice as it is (recommended)')).toBeChecked();
  await flow.next();

  // Talk: high severity, so a call is recommended and pre-selected.
  await cost.onScreen('Call, or write?');
  await expect(page.getByRole('heading', { name: 'A phone call is recommended' })).toBeVisible();
  await expect(flow.radio(/^Call them/)).toBeChecked();
  await cost.fill(page.getByLabel('What was agreed?', { exact: true }), 'Happy for me to restore everything today, by 5pm.', 'what the call agreed');
  await cost.act(page.getByRole('button', { name: 'Log the call' }), 'log the call');
  await expect(page.locator('.logged-list')).toContainText('restore everything today');
  await flow.next();

  // The apology, drafted to the client; its gaps are findings until they are filled.
  await cost.onScreen('Write your apology');
  const message = page.getByLabel('Your message', { exact: true });
  await expect(message).toHaveValue(
    /^Hi Harriet,\n\nI’m sorry: I deleted the Newsletters label, and the 6,000 emails in it were deleted too\. That was my mistake\./,
  );
  await expect(message).toHaveValue(/\[a time you can keep\]/);
  await expect(page.locator('.tone-summary')).toContainText('in [brackets] to fill');
  const filled = (await message.inputValue())
    .replace('[put it right]', 'restore all 6,000 emails and re-create the label')
    .replace('[a time you can keep]', '5pm today');
  await cost.fill(message, filled, 'the gaps in the apology');
  await expect(page.locator('.tone-summary')).not.toContainText('brackets');
  await cost.act(page.getByRole('button', { name: 'Copy the message' }), 'copy');
  await cost.act(page.getByRole('button', { name: 'Mark as sent' }), 'mark as sent');
  await expect(page.getByText(/Sent by email at .+\. Saved in the client’s paper trail\./)).toBeVisible();
  await flow.next();

  // Fix and close on one page; the cause has no recommendation for a plain mistake.
  await cost.onScreen('Put it right, and close');
  await expect(where).toHaveText('Step 7 of 7: Fix and close');
  await cost.fill(
    page.getByLabel('How it was put right', { exact: true }),
    'Restored all 6,000 emails from the Bin and re-created the Newsletters label the same day.',
    'the resolution',
  );
  await cost.choose(flow.radio('I rushed'), 'the cause');
  await cost.fill(
    page.getByLabel('What will you do differently next time?', { exact: true }),
    'Preview what a bulk delete will remove before I run it.',
    'the lesson',
  );
  await cost.act(page.getByRole('button', { name: 'Add to checklist' }), 'add the lesson to the checklist');
  await expect(page.getByText('Added to Harriet Lane’s checklist')).toBeVisible();
  await page.getByRole('button', { name: 'Close the incident' }).click();

  // Straight on to the summary, and out.
  await cost.onScreen('Summary for Harriet Lane');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Incident summary: Tidy the shared inbox');
  app.dialogs.nextSavePath = join(await mkdtemp(join(tmpdir(), 'steadyhand-story-')), 'label-story.html');
  await page.getByRole('button', { name: 'Save as HTML…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “label-story.html”.' })).toBeVisible();

  cost.print('label story');
  expect(cost.answers.length).toBeLessThanOrEqual(MAX_ANSWERS);
  expect(cost.screens.length).toBeLessThanOrEqual(MAX_SCREENS);
  const entries = await app.call('paperTrail.list', { briefId: brief.id });
  expect(entries.at(-1)).toMatchObject({ direction: 'sent', sourceRef: 'Sent by you (email): your apology, from an incident' });
  expect(entries.at(-1)?.words).not.toContain('[');
  const [closed] = await app.call('incidents.list', { status: 'closed' });
  const timeline = (await app.call('incidents.get', { id: closed!.id })).timeline.map((t) => t.text).join('\n');
  for (const text of [
    'Started the incident from the brief “Tidy the shared inbox”.',
    'Skipped the breathing exercise.',
    'Verdict: my mistake.',
    'Remedy: free fix, under the contract.',
    'A call was recommended. Chose to call.',
    'Called the client.',
    'Sent the apology by email.',
    'Added to Harriet Lane’s checklist',
    'Closed the incident.',
  ]) {
    expect(timeline).toContain(text);
  }
});

test('the £80,000 story: harm still happening, so the ways to stop it come straight after the pause', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  const flow = new IncidentFlow(page);
  const cost = new StoryCost(page);
  const client = await seedClient(app, 'Marcus Bell', {
    business: 'Bell & Rowe Ltd',
    phone: '020 7946 0018',
    contract: { conformityDays: 5, hourlyRate: 40, currency: 'GBP', outOfScopeBilling: 'quote-first' },
  });
  const brief = await seedBrief(app, client.id, 'Pay the November supplier invoices');
  await seedProfile(app);
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'Routine payment run.' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-20' });
  const where = page.locator('.flow-where');
  const totals: string[] = [];
  const noteTotal = async () => totals.push(((await where.textContent()) ?? '').replace(/^Step \d+ (of \d+).*$/, '$1'));

  await openRoute(page, `#/briefs/${brief.id}`);
  await page.getByRole('link', { name: 'Start incident' }).click();
  await cost.onScreen('Take a breath first');
  await noteTotal();
  await page.getByRole('button', { name: 'Skip' }).click();

  await cost.onScreen('Is the harm still happening?');
  await noteTotal();
  await cost.choose(flow.radio('Yes, it is still happening'), 'harm still happening');
  const halt = page.locator('.suggestions').first().getByRole('listitem').filter({ hasText: 'Ask finance or the bank to halt the payment now' });
  await cost.act(halt.getByRole('button', { name: /Mark as done/ }), 'halt the payment');
  await expect(halt).toContainText(/Done at /);
  await flow.next();

  await cost.onScreen('What happened?');
  await noteTotal();
  await cost.fill(
    page.getByLabel('What happened', { exact: true }),
    'I paid Hartley Supplies £80,000 instead of £8,000. I typed an extra zero.',
    'what happened',
  );
  await flow.next();

  await cost.onScreen('Who spotted it, and how serious is it?');
  await noteTotal();
  await cost.choose(page.getByRole('radio', { name: 'Me', exact: true }), 'I spotted it');
  await cost.choose(page.getByRole('checkbox', { name: /^Money/ }), 'money');
  await flow.next();

  await cost.onScreen('Fix first, or ask first?');
  await noteTotal();
  for (const [question, answer] of [
    ['Does the fix stay within what the client asked for?', 'Yes'],
    ['Can the fix be undone easily?', 'No'],
    ['Is there a choice in it that belongs to the client?', 'Yes'],
    ['Has the client, or anyone they work with, already been affected?', 'No'],
  ] as const) {
    await cost.choose(page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }), question);
  }
  await expect(flow.radio(/^Tell the client first.*\(recommended\)$/)).toBeChecked();
  await flow.next();

  await cost.onScreen('Did the client ask for this?');
  await noteTotal();
  await cost.choose(flow.radio('My mistake'), 'my mistake');
  await flow.next();

  await cost.onScreen('Call, or write?');
  await noteTotal();
  await expect(flow.radio(/^Call them/)).toBeChecked();
  await expect(page.locator('.script')).toContainText('I have asked finance or the bank to halt the payment.');
  await flow.next();

  // The apology says what was done, in the past tense, and asks before changing anything (inform and ask).
  await cost.onScreen('Write your apology');
  await noteTotal();
  const message = page.getByLabel('Your message', { exact: true });
  await expect(message).toHaveValue(/I’m sorry: I paid Hartley Supplies £80,000 instead of £8,000\. I typed an extra zero\. That was my mistake\./);
  await expect(message).toHaveValue(/I have asked finance or the bank to halt the payment\./);
  await expect(message).toHaveValue(/How would you like me to proceed\?/);
  await expect(message).not.toHaveValue(/Ask finance|\[/);
  await cost.act(page.getByRole('button', { name: 'Mark as sent' }), 'mark as sent');
  await expect(page.getByText(/Sent by email at/)).toBeVisible();
  await flow.next();

  await cost.onScreen('Put it right, and close');
  await noteTotal();
  await expect(page.getByLabel('How it was put right', { exact: true })).toHaveValue('Asked finance or the bank to halt the payment.');
  await cost.choose(flow.radio('I rushed'), 'the cause');
  await cost.fill(
    page.getByLabel('What will you do differently next time?', { exact: true }),
    'Read every amount back against the invoice before I press pay.',
    'the lesson',
  );
  await page.getByRole('button', { name: 'Close the incident' }).click();

  await cost.onScreen('Summary for Marcus Bell');
  app.dialogs.nextSavePath = join(await mkdtemp(join(tmpdir(), 'steadyhand-story-')), 'payment-story.html');
  await page.getByRole('button', { name: 'Save as HTML…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “payment-story.html”.' })).toBeVisible();

  cost.print('£80,000 story');
  expect(new Set(totals)).toEqual(new Set(['of 7']));
  expect(cost.answers.length).toBeLessThanOrEqual(MAX_ANSWERS);
  expect(cost.screens.length).toBeLessThanOrEqual(MAX_SCREENS);
  const [summary] = await app.call('incidents.list', {});
  const incident = await app.call('incidents.get', { id: summary!.id });
  expect(incident.timeline.map((t) => t.text)).toContain('Finished stopping the harm: 1 action logged.');
});
