// The calm-down incident flow, as a VA lives it: the label-deletion story end to end, the £80,000 payment
// with containment, a request beyond what was agreed, resuming after a reload and a restart.
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';
import { IncidentFlow, openRoute, seedLabelStory } from './pages/incidentFlow';

test('the label-deletion story: client spotted it, my mistake inside the window, a call, the fix and a lesson for the checklist', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  const { client, brief } = await seedLabelStory(app);

  // From the brief, one click.
  await openRoute(page, `#/briefs/${brief.id}`);
  await page.getByRole('link', { name: 'Start incident' }).click();

  // 1. Pause.
  await flow.expectQuestion('Take a breath first');
  await expect(page.getByText('You are not this mistake; what matters now is how you handle it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  await expect(page.getByTestId('breath-circle')).toBeVisible();
  await flow.look('01-pause');
  await page.getByRole('button', { name: 'Skip' }).click();

  // 2. What happened: the client and the brief come from where the VA started.
  await flow.expectQuestion('Which client is this about?');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(client.id);
  await expect(page.getByLabel('Brief', { exact: true })).toHaveValue(brief.id);
  await flow.look('02-who');
  await flow.next();

  await flow.expectQuestion('What happened?');
  await flow.next();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Say what happened, in a sentence or two.');
  await flow.look('03-what-error');
  await page.getByLabel('What happened', { exact: true }).fill('I deleted the Newsletters label, and the 6,000 emails in it were deleted too.');
  await page.getByLabel('When did it happen?', { exact: true }).fill('2026-11-18');
  await flow.look('03-what');
  await flow.next();

  await flow.expectQuestion('When was the work delivered, and when was the problem reported?');
  await expect(page.getByLabel('When was the work delivered?', { exact: true })).toHaveValue('2026-11-16');
  await page.getByLabel('When was it reported, or when did you spot it?', { exact: true }).fill('2026-11-19');
  await flow.look('04-dates');
  await flow.next();

  await flow.expectQuestion('Who spotted it first?');
  await flow.look('05-spotted');
  await flow.choose(/^The client$/);

  await flow.expectQuestion('What has it affected?');
  await page.getByRole('checkbox', { name: 'Data' }).check();
  await page.getByLabel('How much?', { exact: true }).fill('6,000 emails');
  await flow.look('06-impact');
  await flow.next();

  await flow.expectQuestion('How serious is it?');
  await flow.look('07-severity');
  await flow.choose('High');

  await flow.expectQuestion('Is the harm still happening?');
  await flow.look('08-ongoing');
  await flow.choose('No, it has stopped');

  // 4. The paper trail comes first because the client spotted it; it shows the instruction and the VA's "yes".
  await flow.expectQuestion('Did the client ask for this?');
  await expect(page.locator('.flow-where')).toHaveText(/^Step 3 of 8: Check the paper trail/);
  const trail = page.locator('.trail-entries');
  await expect(trail).toContainText('Please keep all the emails in it.');
  const yes = trail.getByRole('listitem').filter({ hasText: 'Yes, will do' });
  await expect(yes).toContainText('Sent by you');
  await expect(yes).toContainText('Confirmed in writing');
  await expect(page.getByText('Your reason at the time: “Harriet needed it done before her trip.”')).toBeVisible();
  await flow.radio('My mistake').check();
  await expect(page.getByText('Own it plainly, once.')).toBeVisible();
  await flow.look('09-paper-trail');
  await flow.next();

  // 5. Remedy: inside the window, a free fix; the dates stated plainly.
  await flow.expectQuestion('How should this be paid for?');
  await expect(page.locator('.window-text')).toHaveText(
    'Delivered Mon 16 Nov; the window closes at the end of Thu 19 Nov; reported Thu 19 Nov. That is inside the 3-working-day window (3 working days after delivery).',
  );
  await expect(page.getByText('Your contract with Harriet Lane: fixes are free for 3 working days after delivery.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Free fix, under the contract' })).toBeVisible();
  await flow.radio('Keep the invoice as it is').check();
  await flow.look('10-remedy');
  await flow.next();

  // 7. Talk: the client is very upset, so a call is recommended, with her number and a script.
  await flow.expectQuestion('How upset is everyone?');
  await page.getByRole('group', { name: 'How upset does the client seem?' }).getByRole('radio', { name: '4 Very' }).check();
  await page.getByRole('group', { name: 'How upset are you?' }).getByRole('radio', { name: '3 Upset' }).check();
  await flow.look('11-feelings');
  await flow.next();

  await flow.expectQuestion('Call, or write?');
  await expect(page.getByRole('heading', { name: 'A phone call is recommended' })).toBeVisible();
  await expect(page.locator('.contact')).toContainText('07700 900123');
  await expect(page.locator('.contact')).toContainText('Prefers a phone call');
  await expect(page.locator('.script')).toContainText('I made a mistake with “Tidy the shared inbox”, and I am sorry.');
  await expect(page.locator('.script')).toContainText('How would you like me to proceed?');
  await flow.radio(/^Call them/).check();
  await page.getByLabel('What was agreed?', { exact: true }).fill('Harriet is happy for me to restore everything today, by 5pm.');
  await page.getByRole('button', { name: 'Log the call' }).click();
  await expect(page.locator('.logged-list')).toContainText('Harriet is happy for me to restore everything today');
  await flow.look('12-talk');
  await flow.next();

  // 8. Apologise: the tone check, then "mark as sent" into the paper trail.
  await flow.expectQuestion('Write your apology');
  // The template library fills a "lost data" apology from the incident's own facts; Undo puts the box back.
  await page.getByRole('button', { name: 'Start from the template' }).click();
  await expect(page.getByLabel('Your message', { exact: true })).toHaveValue(/Harriet[\s\S]*I deleted the Newsletters label, and the 6,000 emails in it were deleted too/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Your message', { exact: true })).toHaveValue('');
  await page.getByLabel('Your message', { exact: true }).fill('I am so so sorry, I just wanted to help.');
  await expect(page.locator('.tone-findings')).toBeVisible();
  await page
    .getByLabel('Your message')
    .fill('Hi Harriet, I deleted the Newsletters emails along with the label, which was my mistake and I am sorry. I have restored all 6,000 of them from the Bin, and the label will be back by 5pm today. From now on I preview what a bulk delete removes before I run it.');
  await expect(page.locator('.tone-summary')).toContainText('1 apology');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/Sent by email at \d\d:\d\d\. Saved in the client’s paper trail\./)).toBeVisible();
  await flow.look('13-apologise');
  await flow.next();

  // 9. Fix: steps and time, not billable for a free fix.
  await flow.expectQuestion('What needs doing to put it right?');
  await page.getByLabel('Add a step', { exact: true }).fill('Restore the 6,000 emails from the Bin');
  await page.getByLabel('Add a step', { exact: true }).press('Enter');
  await page.getByLabel('Add a step', { exact: true }).fill('Re-create the Newsletters label');
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('checkbox', { name: /Restore the 6,000 emails/ }).check();
  await expect(page.getByText('1 step is not done yet.', { exact: false })).toBeVisible();
  await page.getByLabel('How long?', { exact: true }).fill('1h 15');
  await page.getByLabel('What was it for? (optional)', { exact: true }).fill('Restoring and checking');
  await page.getByRole('button', { name: 'Log time' }).click();
  const totals = page.getByRole('group', { name: 'Total' }).or(page.locator('.totals'));
  await expect(totals).toContainText('Total1 h 15 min');
  await expect(totals).toContainText('Not billable1 h 15 min');
  await expect(totals).toContainText('Billable0 min');
  await flow.look('14-fix');
  await flow.next();

  // 10. Close and prevent.
  await flow.expectQuestion('How was it put right?');
  await page.getByLabel('How it was put right', { exact: true }).fill('All 6,000 emails restored from the Bin and the label re-created the same day.');
  await flow.look('15-resolution');
  await flow.next();
  await flow.expectQuestion('What caused it?');
  await flow.look('16-cause');
  await flow.choose('I rushed');
  await flow.expectQuestion('What will you do differently next time?');
  await page.getByLabel('Your lesson', { exact: true }).fill('Preview what a bulk delete will remove before I run it.');
  await expect(page.getByLabel('Checklist item', { exact: true })).toHaveValue('Preview what a bulk delete will remove before I run it.');
  await page.getByRole('button', { name: 'Add to checklist' }).click();
  await expect(page.getByText('Added to Harriet Lane’s checklist: “Preview what a bulk delete will remove before I run it.”')).toBeVisible();
  await flow.look('17-lesson');
  const items = await app.call('checklists.listTemplate', { scope: { kind: 'client', clientId: client.id } });
  expect(items.map((i) => i.label)).toContain('Preview what a bulk delete will remove before I run it.');
  await page.getByRole('button', { name: 'Close the incident' }).click();

  // Closed: the detail with the timeline of every step and action.
  await expect(page.getByText('The incident is closed. Everything you did is in the timeline below.')).toBeVisible();
  const timeline = page.locator('.incident-timeline');
  for (const text of [
    'Started the incident from the brief “Tidy the shared inbox”.',
    'Skipped the breathing exercise.',
    'Verdict: my mistake.',
    'Remedy: free fix, under the contract.',
    'A call was recommended. Chose to call.',
    'Called the client.',
    'Sent the apology by email.',
    'Done: “Restore the 6,000 emails from the Bin”.',
    'Logged 1 h 15 min (not billable)',
    'Added to Harriet Lane’s checklist',
    'Closed the incident.',
  ]) {
    await expect(timeline).toContainText(text);
  }
  await flow.look('18-closed');
  const entries = await app.call('paperTrail.list', { briefId: brief.id });
  expect(entries.at(-1)?.words).toContain('I deleted the Newsletters emails along with the label');

  // The list shows it as closed.
  await page.getByRole('link', { name: /Incidents/ }).first().click();
  await page.getByRole('radio', { name: 'Closed' }).check();
  await expect(page.getByRole('row').filter({ hasText: 'Harriet Lane' })).toContainText('High');
  await app.screenshots('incident-list');
  await app.expectAccessible();
});

test('the £80,000 story: harm still happening, so containment comes first and each action is logged with its time', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  const client = await seedClient(app, 'Marcus Bell', { business: 'Bell & Rowe Ltd', phone: '020 7946 0018', contract: { conformityDays: 5, hourlyRate: 40, currency: 'GBP', outOfScopeBilling: 'quote-first' } });
  const brief = await seedBrief(app, client.id, 'Pay the November supplier invoices');
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'Routine payment run.' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-20' });

  // From the sidebar, wherever the VA is.
  await page.getByRole('button', { name: 'I made a mistake' }).first().click();
  await flow.expectQuestion('Take a breath first');
  await page.getByRole('button', { name: 'Skip' }).click();

  await flow.expectQuestion('Which client is this about?');
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Marcus Bell' });
  await page.getByLabel('Brief', { exact: true }).selectOption({ label: 'Pay the November supplier invoices' });
  await flow.next();
  await page.getByLabel('What happened', { exact: true }).fill('I paid Hartley Supplies £80,000 instead of £8,000. I typed an extra zero.');
  await page.getByLabel('When did it happen?', { exact: true }).fill('2026-11-20');
  await flow.next();
  await expect(page.getByLabel('When was the work delivered?', { exact: true })).toHaveValue('2026-11-20');
  await page.getByLabel('When was it reported, or when did you spot it?', { exact: true }).fill('2026-11-20');
  await flow.next();
  await flow.choose(/^Me$/, 'Who spotted it first?');
  await page.getByRole('checkbox', { name: 'Money' }).check();
  await page.getByLabel('How much?', { exact: true }).fill('£72,000 overpaid');
  await flow.next();
  await flow.choose('High', 'How serious is it?');
  await flow.expectQuestion('Is the harm still happening?');
  await flow.radio('Yes, it is still happening').check();
  // The step list learns that containment applies before the VA even moves on.
  await expect(page.getByRole('navigation', { name: 'Your progress' })).toContainText('Stop the harm');
  await flow.next();

  // 3. Contain.
  await flow.expectQuestion('What can you stop right now?');
  await expect(page.locator('.flow-where')).toHaveText(/^Step 3 of 10: Stop the harm/);
  const first = page.locator('.suggestions').first().getByRole('listitem').first();
  await expect(first).toContainText('Ask finance or the bank to halt the payment now');
  await first.getByRole('button', { name: /Mark as done/ }).click();
  await expect(first).toContainText(/Done at \d\d:\d\d/);
  await page.getByLabel('Something else you did', { exact: true }).fill('Emailed Hartley Supplies’ accounts team about the overpayment');
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect(page.locator('.logged-list')).toContainText('Emailed Hartley Supplies’ accounts team');
  await flow.look('19-contain');
  await flow.next();

  // 6. Fix first or ask first: the VA spotted it, so this comes before the paper trail.
  await flow.expectQuestion('Fix first, or ask first?');
  for (const [question, answer] of [
    ['Does the fix stay within what the client asked for?', 'Yes'],
    ['Can the fix be undone easily?', 'No'],
    ['Is there a choice in it that belongs to the client?', 'Yes'],
    ['Has the client, or anyone they work with, already been affected?', 'No'],
  ] as const) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
  }
  await flow.look('20-fix-or-ask');
  await flow.next();
  await flow.expectQuestion('What will you do?');
  await expect(page.getByRole('heading', { name: 'Tell the client first, and ask how they would like to proceed' })).toBeVisible();
  await expect(page.locator('.reasons')).toContainText('The fix would be hard to undo');
  await flow.radio(/^Fix it first/).check();
  await flow.next();
  await expect(page.getByRole('alert')).toContainText('Say briefly why you are choosing differently.');
  await flow.look('21-fix-or-ask-choice');
  await flow.radio(/^Tell the client first/).check();
  await flow.next();

  // 4. The paper trail, then 5. remedy: a refund earns a calm warning, but the VA may go ahead.
  await flow.expectQuestion('Did the client ask for this?');
  await expect(page.getByText('Nothing in the paper trail for this client around that time.')).toBeVisible();
  await flow.radio('My mistake').check();
  await flow.next();
  await flow.expectQuestion('How should this be paid for?');
  await expect(page.getByText('Your contract with Marcus Bell: fixes are free for 5 working days after delivery.')).toBeVisible();
  await flow.radio('Refund the invoice').check();
  const warning = page.getByRole('note');
  await expect(warning).toContainText('A word before you do this');
  await expect(warning).toContainText('You can still go ahead if you are sure.');
  await flow.look('22-remedy-warning');
  await flow.next();

  // 7. Talk: high severity means a call, even when the client seems calm.
  await flow.expectQuestion('How upset is everyone?');
  await page.getByRole('group', { name: 'How upset does the client seem?' }).getByRole('radio', { name: '2 A little' }).check();
  await page.getByRole('group', { name: 'How upset are you?' }).getByRole('radio', { name: '5 Extremely' }).check();
  await flow.next();
  await expect(page.getByRole('heading', { name: 'A phone call is recommended' })).toBeVisible();
  await expect(page.locator('.reasons')).toContainText('The severity is high.');
  await expect(page.locator('.reasons')).toContainText('You are shaken too (5 of 5).');
  await expect(page.locator('.script')).toContainText('Already done: Ask finance or the bank to halt the payment now; Emailed Hartley Supplies’ accounts team about the overpayment.');

  // The timeline has every containment action with its time.
  await page.getByRole('link', { name: 'Details and timeline' }).click();
  const timeline = page.locator('.incident-timeline');
  await expect(timeline).toContainText('Done: Ask finance or the bank to halt the payment now.');
  await expect(timeline).toContainText('Finished stopping the harm: 2 actions logged.');
  await expect(timeline).toContainText('Invoice: refund the invoice.');
  await expect(timeline.getByRole('listitem').filter({ hasText: 'halt the payment' }).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await app.screenshots('incident-detail-open');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await flow.expectQuestion('Call, or write?');
});

test('a request beyond what was agreed becomes a billable change, and the fix time is billable', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  const client = await seedClient(app, 'Priya Shah', { contract: { conformityDays: 3, hourlyRate: 35, currency: 'GBP', outOfScopeBilling: 'hourly' } });
  const brief = await seedBrief(app, client.id, 'Monthly sales report', { summary: 'The sales figures as a table, same as last month.', outOfScope: 'Charts and graphs' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'Same as last month.' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-02' });
  await app.call('paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: { receivedAt: '2026-10-28T11:00:00.000Z', channel: 'chat', words: 'Send me the sales figures as a table please, same as last month.', sourceRef: 'Slack', confirmedInWriting: false },
  });
  await openRoute(page, `#/incidents?new=1&brief=${brief.id}`);
  await page.getByRole('button', { name: 'Skip' }).click();
  await flow.next();
  await page.getByLabel('What happened', { exact: true }).fill('Priya says the report is missing charts. Charts were never part of the brief.');
  await flow.next();
  await page.getByLabel('When was it reported, or when did you spot it?', { exact: true }).fill('2026-11-19');
  await flow.next();
  await flow.choose(/^The client$/, 'Who spotted it first?');
  await page.getByRole('checkbox', { name: 'Other' }).check();
  await flow.next();
  await flow.choose('Low', 'How serious is it?');
  await flow.choose('No, it has stopped', 'Is the harm still happening?');

  await flow.expectQuestion('Did the client ask for this?');
  await expect(page.locator('.brief-fields').first()).toContainText('Out of scopeCharts and graphs');
  await flow.radio('Beyond what was agreed').check();
  await expect(page.getByText('This is new work, not a fix.')).toBeVisible();
  await flow.next();

  await flow.expectQuestion('How should this be paid for?');
  await expect(page.locator('.window-text')).toContainText('That is outside the 3-working-day window');
  await expect(page.getByRole('heading', { name: 'Billable change' })).toBeVisible();
  await expect(page.getByText('Tell the client it is billable, and what it will cost, before you start.')).toBeVisible();
  await flow.radio('Keep the invoice as it is').check();
  await flow.look('23-remedy-billable');
  await flow.next();

  await page.getByRole('group', { name: 'How upset does the client seem?' }).getByRole('radio', { name: '2 A little' }).check();
  await page.getByRole('group', { name: 'How upset are you?' }).getByRole('radio', { name: '1 Calm' }).check();
  await flow.next();
  await expect(page.getByRole('heading', { name: 'Writing is fine' })).toBeVisible();
  await expect(page.locator('.script')).toContainText('This is a change to what we agreed, so I will send you a quote before I start.');
  await flow.radio(/^Write to them/).check();
  await flow.next();
  await flow.expectQuestion('Write your apology');
  await flow.next();

  await flow.expectQuestion('What needs doing to put it right?');
  await page.getByLabel('How long?', { exact: true }).fill('45');
  await page.getByLabel('What was it for? (optional)', { exact: true }).fill('Adding three charts');
  await page.getByLabel('What was it for? (optional)', { exact: true }).press('Enter');
  await expect(page.locator('.totals')).toContainText('Billable45 min');
  await expect(page.locator('.totals')).toContainText('Not billable0 min');
  await expect(page.getByText('This time is billable, because the remedy is a billable change.')).toBeVisible();
  await flow.look('24-fix-billable');
  const incidents = await app.call('incidents.list', { status: 'open' });
  const stored = await app.call('incidents.get', { id: incidents[0]!.id });
  expect(stored.remedyOutcome).toMatchObject({ remedy: 'billable-change', billable: true, insideWindow: false });
  expect(stored.timeline.at(-1)?.text).toBe('Logged 45 min (billable): “Adding three charts”.');
});

test('resume after a reload and after a restart, at the same question, with nothing lost; Back keeps answers', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  await seedClient(app, 'Tom Okafor');

  await page.locator('body').press('Control+Shift+M');
  await flow.expectQuestion('Take a breath first');
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Tom Okafor' });
  await flow.next();

  // Typing is autosaved; a reload comes back to the same page with the words in place.
  await flow.expectQuestion('What happened?');
  await page.getByLabel('What happened', { exact: true }).fill('I booked the team dinner for the wrong Friday.');
  await flow.expectSaved();
  await page.reload();
  await flow.expectQuestion('What happened?');
  await expect(page.getByLabel('What happened', { exact: true })).toHaveValue('I booked the team dinner for the wrong Friday.');
  await flow.next();
  await flow.next();
  await flow.choose('Someone else', 'Who spotted it first?');
  await flow.expectQuestion('What has it affected?');
  await page.getByRole('checkbox', { name: 'Reputation' }).check();
  await page.getByLabel('How much?', { exact: true }).fill('Twelve guests');
  await flow.expectSaved();

  // A restart: the app closes and opens again on the same data.
  await app.restart();
  await openRoute(app.page, '#/incidents');
  const resumed = new IncidentFlow(app.page, app);
  await app.page.getByRole('link', { name: 'I booked the team dinner for the wrong Friday.' }).click();
  await resumed.expectQuestion('What has it affected?');
  await expect(app.page.getByRole('checkbox', { name: 'Reputation' })).toBeChecked();
  await expect(app.page.getByLabel('How much?', { exact: true })).toHaveValue('Twelve guests');

  // Back loses nothing, and forward again finds the same answers.
  await resumed.back();
  await resumed.expectQuestion('Who spotted it first?');
  await expect(resumed.radio('Someone else')).toBeChecked();
  await resumed.back();
  await resumed.back();
  await resumed.expectQuestion('What happened?');
  await expect(app.page.getByLabel('What happened', { exact: true })).toHaveValue('I booked the team dinner for the wrong Friday.');
  await resumed.next();
  await resumed.next();
  await resumed.next();
  await resumed.expectQuestion('What has it affected?');
  await expect(app.page.getByLabel('How much?', { exact: true })).toHaveValue('Twelve guests');

  // Starting another incident offers to continue this one instead; with reduced motion the breathing is counted text.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await openRoute(app.page, '#/incidents?new=1');
  await expect(app.page.getByText('You already have an open incident for Tom Okafor.')).toBeVisible();
  await expect(app.page.getByTestId('breath-counted')).toBeVisible();
  await expect(app.page.getByTestId('breath-circle')).toHaveCount(0);
  await expect(app.page.getByRole('button', { name: 'Skip' })).toBeVisible();
  await resumed.look('25-pause-reduced-motion');
  await app.page.getByRole('link', { name: 'Continue it instead' }).click();
  await resumed.expectQuestion('What has it affected?');
  expect(await app.call('incidents.list', {})).toHaveLength(1);
});

test('the breathing follows the setting and runs about a minute; an incident goes to the trash and comes back', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  await seedClient(app, 'Grace Ndlovu');

  await openRoute(page, '#/settings');
  await page.getByLabel('Breathing exercise', { exact: true }).selectOption('box');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect((await app.call('settings.get', {})).breathingPattern).toBe('box');

  await page.clock.install();
  await page.reload();
  await openRoute(page, '#/incidents?new=1');
  await expect(page.getByText('Box breathing: in, hold, out, hold, four counts each.')).toBeVisible();
  await expect(page.locator('.breath-phase')).toHaveText('Breathe in through your nose');
  await page.clock.runFor(5_000);
  await expect(page.locator('.breath-phase')).toHaveText('Hold');
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(page.getByText('That was a minute. When you are ready, carry on.')).toBeVisible();
  await flow.look('26-pause-done');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await flow.expectQuestion('Which client is this about?');
  const [summary] = await app.call('incidents.list', {});
  const incident = await app.call('incidents.get', { id: summary!.id });
  expect(incident.timeline.map((t) => t.text)).toEqual(['Started the incident.', 'Took a minute to breathe.']);
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Grace Ndlovu' });
  await flow.next();
  await page.getByLabel('What happened', { exact: true }).fill('I double-booked the venue for Thursday.');
  await flow.next();

  // Details, then the trash with undo, then the Trash screen.
  await openRoute(page, `#/incidents/${incident.id}?view=details`);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('dialog')).toContainText('You can undo this for 10 seconds, or restore it from Trash later.');
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('Moved the incident to the trash.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'I double-booked the venue for Thursday.' })).toBeVisible();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  // The app goes back to the list once the delete is saved; wait for that before going to Trash.
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await openRoute(page, '#/trash');
  const row = page.getByRole('row').filter({ hasText: 'I double-booked the venue for Thursday.' });
  await expect(row).toContainText('Incident for Grace Ndlovu');
  await row.getByRole('button', { name: /Restore/ }).click();
  await expect.poll(async () => (await app.call('incidents.list', {})).length).toBe(1);
});

test('done as instructed: no blame, the instruction is linked, and the change is offered as billable work', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  const { brief } = await seedLabelStory(app);
  const { id } = await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  const answer = (screen: string, answers: object) => app.call('incidents.advance', { id, step: 'happened', screen, answers });
  await answer('happened.who', {});
  await answer('happened.what', { description: 'Harriet is upset that the Newsletters label is gone.', happenedOn: '2026-11-13' });
  await answer('happened.dates', { reportedOn: '2026-11-18' });
  await answer('happened.spotted', { spottedBy: 'client' });
  await answer('happened.impact', { impacts: ['data'] });
  await answer('happened.severity', { severity: 'medium' });
  await answer('happened.ongoing', { harmOngoing: false });

  await openRoute(page, `#/incidents/${id}`);
  await flow.expectQuestion('Did the client ask for this?');
  await flow.radio('Done as instructed').check();
  await expect(page.getByText('Nobody is to blame.')).toBeVisible();
  // The client's latest message before it happened is offered as the instruction (never the VA's own reply).
  await expect(page.getByLabel('Which message holds the instruction?', { exact: true }).locator('option:checked')).toContainText('Can you delete the Newsletters label?');
  await flow.look('27-as-instructed');
  await flow.next();

  await flow.expectQuestion('How should this be paid for?');
  await expect(page.getByRole('heading', { name: 'No fault' })).toBeVisible();
  await flow.radio('Keep the invoice as it is').check();
  await flow.next();
  await expect(page.getByRole('alert')).toContainText('Choose how you will offer the change.');
  await flow.radio('As billable work').check();
  await flow.next();
  await flow.expectQuestion('How upset is everyone?');
  await page.getByRole('group', { name: 'How upset does the client seem?' }).getByRole('radio', { name: '2 A little' }).check();
  await page.getByRole('group', { name: 'How upset are you?' }).getByRole('radio', { name: '2 A little' }).check();
  await flow.next();
  await expect(page.locator('.script')).toContainText('I have looked back at what was asked');
  await flow.radio(/^Write to them/).check();
  await flow.next();
  await flow.expectQuestion('Write your reply');
  await expect(page.getByText('You did what was asked, so there is nothing to apologise for.')).toBeVisible();

  await page.getByRole('link', { name: 'Details and timeline' }).click();
  await expect(page.locator('.instruction')).toContainText('Can you delete the Newsletters label? Please keep all the emails in it.');
  await expect(page.locator('.incident-timeline')).toContainText('Change offered as billable work.');
});
