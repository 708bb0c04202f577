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
