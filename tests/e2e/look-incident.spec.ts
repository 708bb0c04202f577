// Screenshot walk for issue 15 part A, light and dark at 1024 and 1440 (tests/screenshots/incident-*.png), with
// one axe check per kind of page: every page of the shorter incident flow, the apology and the notice, the
// gaps question, and the summary it closes into. Run with `npm run look`.
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';
import { IncidentFlow, openRoute, seedLabelStory } from './pages/incidentFlow';
import { seedProfile } from './pages/summaries';

test('the label story, first half: harm with the ways to stop it, facts with the date question, impact, paper trail with the remedy', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  const { brief } = await seedLabelStory(app);
  await seedProfile(app);
  await openRoute(page, `#/briefs/${brief.id}`);
  await page.getByRole('link', { name: 'Start incident' }).click();
  await flow.expectQuestion('Take a breath first');
  await page.getByRole('button', { name: 'Skip' }).click();

  await flow.expectQuestion('Is the harm still happening?');
  await flow.radio('Yes, it is still happening').check();
  await expect(page.locator('.contain-panel')).toBeVisible();
  await flow.look('01-harm-contain');
  await flow.radio('No, it has stopped').check();
  await flow.next();

  await flow.expectQuestion('What happened?');
  await page.getByLabel('What happened', { exact: true }).fill('I deleted the Newsletters label, and the 6,000 emails in it were deleted too.');
  await page.getByLabel('When was it reported, or when did you spot it?', { exact: true }).fill('2026-11-19');
  await page.getByLabel('When did it happen?', { exact: true }).fill('2026-11-20');
  await flow.next();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Check the dates');
  await flow.look('02-what-date-question');
  await page.getByLabel('When did it happen?', { exact: true }).fill('2026-11-19');
  await flow.next();

  await flow.expectQuestion('Who spotted it, and how serious is it?');
  await flow.radio(/^The client/).check();
  await page.getByRole('checkbox', { name: /^Data/ }).check();
  await flow.look('03-impact');
  await flow.next();

  await flow.expectQuestion('Did the client ask for this?');
  await flow.radio('My mistake').check();
  await expect(page.getByRole('heading', { name: 'Free fix, under the contract' })).toBeVisible();
  await flow.look('04-paper-trail-remedy');
});

test('the label story, second half: talk, the apology with its gaps, close, and the summary it closes into', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  const { brief } = await seedLabelStory(app);
  await seedProfile(app);
  const { id } = await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  const advance = (step: string, screen: string, answers: object) => app.call('incidents.advance', { id, step, screen, answers } as never);
  await advance('happened', 'happened.ongoing', { harmOngoing: false });
  await advance('happened', 'happened.what', {
    description: 'I deleted the Newsletters label, and the 6,000 emails in it were deleted too.',
    reportedOn: '2026-11-19',
  });
  await advance('happened', 'happened.impact', { spottedBy: 'client', impacts: ['data'] });
  await advance('paperTrail', 'paperTrail', { verdict: 'my-error' });
  await openRoute(page, `#/incidents/${id}`);

  await flow.expectQuestion('Call, or write?');
  await flow.look('05-talk');
  await flow.next();

  await flow.expectQuestion('Write your apology');
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This message still has parts in [brackets]' })).toBeVisible();
  await flow.look('06-apology-gaps');
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await flow.next();

  await flow.expectQuestion('Put it right, and close');
  await page.locator('.fix-panel summary').click();
  await page.getByLabel('Add a step', { exact: true }).fill('Restore the 6,000 emails from the Bin');
  await page.getByLabel('Add a step', { exact: true }).press('Enter');
  await page.getByLabel('How it was put right', { exact: true }).fill('Restored all 6,000 emails from the Bin and re-created the label.');
  await flow.radio('I rushed').check();
  await page.getByLabel('What will you do differently next time?', { exact: true }).fill('Preview what a bulk delete will remove before I run it.');
  await flow.look('07-close');
  await page.getByRole('button', { name: 'Close the incident' }).click();

  await expect(page.getByRole('heading', { name: 'Summary for Harriet Lane' })).toBeVisible();
  await flow.look('08-summary-after-close');
});

test('fix first or ask first, and the notice for new work', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const flow = new IncidentFlow(page, app);
  await seedProfile(app);
  const client = await seedClient(app, 'Priya Shah', { contract: { conformityDays: 3, hourlyRate: 35, currency: 'GBP', outOfScopeBilling: 'hourly' } });
  const brief = await seedBrief(app, client.id, 'Monthly sales report', { outOfScope: 'Charts and graphs' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'Same as last month.' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-02' });
  const { id } = await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  const answer = (screen: string, answers: object) => app.call('incidents.advance', { id, step: 'happened', screen, answers } as never);
  await answer('happened.ongoing', { harmOngoing: false });
  await answer('happened.what', { description: 'The charts were never part of the brief.', reportedOn: '2026-11-19' });
  await answer('happened.impact', { spottedBy: 'me', impacts: ['other'] });

  await openRoute(page, `#/incidents/${id}`);
  await flow.expectQuestion('Fix first, or ask first?');
  for (const q of ['Does the fix stay within what the client asked for?', 'Can the fix be undone easily?'])
    await page.getByRole('group', { name: q }).getByRole('radio', { name: 'Yes', exact: true }).check();
  for (const q of ['Is there a choice in it that belongs to the client?', 'Has the client, or anyone they work with, already been affected?'])
    await page.getByRole('group', { name: q }).getByRole('radio', { name: 'No', exact: true }).check();
  await flow.look('09-fix-or-ask');
  await flow.next();

  await flow.expectQuestion('Did the client ask for this?');
  await flow.radio('Beyond what was agreed').check();
  await flow.next();
  await flow.expectQuestion('Call, or write?');
  await flow.next();
  await flow.expectQuestion('Tell the client');
  await flow.look('10-tell-the-client-notice');
});
