// The calm-down incident flow, as a VA lives it: a request beyond what was agreed (a notice, not an apology),
// work done as instructed (a pointer to what was asked), resuming after a reload and a restart, the breathing
// and the trash. The two stories of issue 15, counted, are in incident-stories.spec.ts.
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';
import { IncidentFlow, openRoute, seedLabelStory } from './pages/incidentFlow';
import { seedProfile } from './pages/summaries';

test('a request beyond what was agreed: a notice, not an apology, and the fix time is billable', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  const flow = new IncidentFlow(page);
  const client = await seedClient(app, 'Priya Shah', { contract: { conformityDays: 3, hourlyRate: 35, currency: 'GBP', outOfScopeBilling: 'hourly' } });
  const brief = await seedBrief(app, client.id, 'Monthly sales report', {
    summary: 'The sales figures as a table, same as last month.',
    outOfScope: 'Charts and graphs',
  });
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'Same as last month.' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-02' });
  await app.call('paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: {
      receivedAt: '2026-10-28T11:00:00.000Z',
      channel: 'chat',
      words: 'Send me the sales figures as a table please, same as last month.',
      sourceRef: 'Slack',
      confirmedInWriting: false,
    },
  });
  await openRoute(page, `#/incidents?new=1&brief=${brief.id}`);
  await page.getByRole('button', { name: 'Skip' }).click();
  await flow.choose('No, it has stopped', 'Is the harm still happening?');
  await page.getByLabel('What happened', { exact: true }).fill('Priya says the report is missing charts. Charts were never part of the brief.');
  await page.getByLabel('When was it reported, or when did you spot it?', { exact: true }).fill('2026-11-19');
  await flow.next();
  await flow.expectQuestion('Who spotted it, and how serious is it?');
  await flow.radio(/^The client$/).check();
  await page.getByRole('checkbox', { name: 'Other' }).check();
  await flow.next();

  await flow.expectQuestion('Did the client ask for this?');
  await expect(page.locator('.brief-fields').first()).toContainText('Out of scopeCharts and graphs');
  await flow.radio('Beyond what was agreed').check();
  await expect(page.getByText('This is new work, not a fix.')).toBeVisible();
  await expect(page.locator('.window-text')).toContainText('That is outside the 3-working-day window');
  await expect(page.getByRole('heading', { name: 'Billable change' })).toBeVisible();
  await flow.next();

  // Low severity: writing is fine; the script thanks them rather than owning a mistake.
  await flow.expectQuestion('Call, or write?');
  await expect(flow.radio(/^Write to them/)).toBeChecked();
  const script = page.locator('.script');
  await expect(script).toContainText('Thank them for the request');
  await expect(script).toContainText('This is a change to what we agreed, so I will send you a quote before I start.');
  await expect(script).not.toContainText(/Own it|won’t happen again/);
  await flow.next();

  // No apology step: a "Tell the client" step with a polite notice of a billable change.
  await flow.expectQuestion('Tell the client');
  await expect(page.locator('.flow-where')).toHaveText('Step 6 of 7: Tell the client');
  const message = page.getByLabel('Your message', { exact: true });
  await expect(message).toHaveValue(
    /It is outside what we agreed for “Monthly sales report”, so I would treat it as a change to the work, charged at £35 an hour/,
  );
  await expect(message).not.toHaveValue(/sorry|apolog|mistake/i);
  await message.fill(
    'Hi Priya,\n\nThank you for asking for charts in the sales report. They are outside what we agreed for “Monthly sales report”, so I would treat them as a change to the work, charged at £35 an hour.\n\nMy estimate is 45 minutes. If you would like me to go ahead, reply to confirm and I will have them with you by Friday at 3pm.\n\nBest wishes,\nAlex',
  );
  await expect(page.locator('.tone-summary')).toHaveText('Clear and complete.');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/Sent by email at/)).toBeVisible();
  await flow.next();

  // Close: the cause is already "a new request, not a mistake"; the fix time is billable.
  await flow.expectQuestion('Put it right, and close');
  await expect(flow.radio('A new request, not a mistake')).toBeChecked();
  await page.locator('.fix-panel summary').click();
  await page.getByLabel('How long?', { exact: true }).fill('45');
  await page.getByLabel('What was it for? (optional)', { exact: true }).fill('Adding three charts');
  await page.getByLabel('What was it for? (optional)', { exact: true }).press('Enter');
  await expect(page.locator('.totals')).toContainText('Billable45 min');
  await expect(page.getByText('This time is billable, because the remedy is a billable change.')).toBeVisible();
  const [summary] = await app.call('incidents.list', { status: 'open' });
  const stored = await app.call('incidents.get', { id: summary!.id });
  expect(stored.remedyOutcome).toMatchObject({ remedy: 'billable-change', billable: true, insideWindow: false });
  expect(stored.timeline.map((t) => t.text)).toContain('Sent the notice by email. It is saved in the client’s paper trail.');
  const entries = await app.call('paperTrail.list', { briefId: brief.id });
  expect(entries.at(-1)).toMatchObject({ direction: 'sent', sourceRef: 'Sent by you (email): your notice, from an incident' });

  await page.getByLabel('How it was put right', { exact: true }).fill('Added the three charts Priya asked for, as billable work.');
  await page.getByLabel('What will you do differently next time?', { exact: true }).fill('Say what is out of scope when I send a report.');
  await page.getByRole('button', { name: 'Close the incident' }).click();
  await expect(page.getByRole('heading', { name: 'Summary for Priya Shah' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Change request: Monthly sales report');
  const doc = await page.getByTestId('summary-preview').evaluate((host) => host.shadowRoot?.textContent ?? '');
  expect(doc).not.toMatch(/Incident summary|happen again/);
  expect(await app.call('insights.get', { from: null, to: null })).toMatchObject({ incidentCount: 0, notMistakeCount: 1 });
});

test('resume after a reload and after a restart, at the same question, with nothing lost; Back keeps answers', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  await seedClient(app, 'Tom Okafor');

  await page.locator('body').press('Control+Shift+M');
  await flow.expectQuestion('Take a breath first');
  await page.getByRole('button', { name: 'Skip' }).click();
  await flow.choose('No, it has stopped', 'Is the harm still happening?');

  // Typing is autosaved; a reload comes back to the same page with the words in place.
  await flow.expectQuestion('What happened?');
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Tom Okafor' });
  await page.getByLabel('What happened', { exact: true }).fill('I booked the team dinner for the wrong Friday.');
  await flow.expectSaved();
  await page.reload();
  await flow.expectQuestion('What happened?');
  await expect(page.getByLabel('What happened', { exact: true })).toHaveValue('I booked the team dinner for the wrong Friday.');
  await flow.next();
  await flow.expectQuestion('Who spotted it, and how serious is it?');
  await flow.radio('Someone else').check();
  await page.getByRole('checkbox', { name: 'Reputation' }).check();
  await page.getByLabel('How much?', { exact: true }).fill('Twelve guests');
  await flow.expectSaved();

  // A restart: the app closes and opens again on the same data.
  await app.restart();
  await openRoute(app.page, '#/incidents');
  const resumed = new IncidentFlow(app.page, app);
  await app.page.getByRole('link', { name: 'I booked the team dinner for the wrong Friday.' }).click();
  await resumed.expectQuestion('Who spotted it, and how serious is it?');
  await expect(app.page.getByRole('checkbox', { name: 'Reputation' })).toBeChecked();
  await expect(app.page.getByLabel('How much?', { exact: true })).toHaveValue('Twelve guests');

  // Back loses nothing, and forward again finds the same answers.
  await resumed.back();
  await resumed.expectQuestion('What happened?');
  await expect(app.page.getByLabel('What happened', { exact: true })).toHaveValue('I booked the team dinner for the wrong Friday.');
  await resumed.next();
  await resumed.expectQuestion('Who spotted it, and how serious is it?');
  await expect(resumed.radio('Someone else')).toBeChecked();
  await expect(app.page.getByLabel('How much?', { exact: true })).toHaveValue('Twelve guests');

  // Starting another incident offers to continue this one instead; with reduced motion the breathing is counted text.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await openRoute(app.page, '#/incidents?new=1');
  await expect(app.page.getByText('You already have an open incident for Tom Okafor.')).toBeVisible();
  await expect(app.page.getByTestId('breath-counted')).toBeVisible();
  await expect(app.page.getByTestId('breath-circle')).toHaveCount(0);
  await app.page.getByRole('link', { name: 'Continue it instead' }).click();
  await resumed.expectQuestion('Who spotted it, and how serious is it?');
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
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await flow.expectQuestion('Is the harm still happening?');
  const [summary] = await app.call('incidents.list', {});
  const incident = await app.call('incidents.get', { id: summary!.id });
  expect(incident.timeline.map((t) => t.text)).toEqual(['Started the incident.', 'Took a minute to breathe.']);
  await flow.choose('No, it has stopped');
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Grace Ndlovu' });
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

test('done as instructed: no blame, the instruction is quoted, and the change is offered as billable work', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  const flow = new IncidentFlow(page);
  const { brief } = await seedLabelStory(app);
  await seedProfile(app);
  const { id } = await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  const answer = (screen: string, answers: object) => app.call('incidents.advance', { id, step: 'happened', screen, answers } as never);
  await answer('happened.ongoing', { harmOngoing: false });
  await answer('happened.what', { description: 'Harriet is upset that the Newsletters label is gone.', happenedOn: '2026-11-13', reportedOn: '2026-11-18' });
  await answer('happened.impact', { spottedBy: 'client', impacts: ['data'], severity: 'medium' });

  await openRoute(page, `#/incidents/${id}`);
  await flow.expectQuestion('Did the client ask for this?');
  await flow.radio('Done as instructed').check();
  await expect(page.locator('.guidance')).toContainText('Nobody is to blame.');
  // The client's latest message before it happened is offered as the instruction (never the VA's own reply).
  await expect(page.getByLabel('Which message holds the instruction?', { exact: true }).locator('option:checked')).toContainText(
    'Can you delete the Newsletters label?',
  );
  await expect(page.getByRole('heading', { name: 'No fault' })).toBeVisible();
  await expect(flow.radio('As billable work (recommended)')).toBeChecked();
  await flow.next();

  await flow.expectQuestion('Call, or write?');
  await expect(page.locator('.script')).toContainText('I have looked back at what was asked');
  await flow.radio(/^Write to them/).check();
  await flow.next();

  // A friendly pointer to what was asked, quoting the paper-trail entry; the tone check asks for no ownership.
  await flow.expectQuestion('Tell the client');
  await expect(page.getByText('You did what was asked, so there is nothing to apologise for.')).toBeVisible();
  const message = page.getByLabel('Your message', { exact: true });
  await expect(message).toHaveValue(/you wrote:\n“Can you delete the Newsletters label\? Please keep all the emails in it\.”\nThat is what I did\./);
  await expect(message).not.toHaveValue(/Harriet is upset|sorry|mistake/i);
  await expect(page.locator('.tone-summary')).not.toContainText(/No apology yet|Ownership/);

  // A [gap] left in is found by the tone check, and "Mark as sent" asks before it goes into the paper trail.
  await message.fill(`${await message.inputValue()}\n\n[check the cost]`);
  await expect(page.locator('.tone-summary')).toContainText('1 gap in [brackets] to fill.');
  const before = (await app.call('paperTrail.list', { briefId: brief.id })).length;
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This message still has parts in [brackets]' })).toContainText('Still to fill: [check the cost].');
  expect(await app.call('paperTrail.list', { briefId: brief.id })).toHaveLength(before);
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await message.fill((await message.inputValue()).replace('\n\n[check the cost]', ''));
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/Sent by email at/)).toBeVisible();
  const entries = await app.call('paperTrail.list', { briefId: brief.id });
  expect(entries).toHaveLength(before + 1);
  expect(entries.at(-1)).toMatchObject({ direction: 'sent', sourceRef: 'Sent by you (email): your message, from an incident' });

  await page.getByRole('link', { name: 'Details and timeline' }).click();
  await expect(page.locator('.instruction')).toContainText('Can you delete the Newsletters label? Please keep all the emails in it.');
  await expect(page.locator('.incident-timeline')).toContainText('Change offered as billable work.');
  await expect(page.locator('.incident-timeline')).toContainText('Sent the message by email.');
});
