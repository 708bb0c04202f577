// The incident flow's paper-trail step shows captured emails with their subject, sender and sent time, and a
// screenshot as a thumbnail that opens large: the evidence is where the VA checks what was asked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';
import { IncidentFlow, openRoute } from './pages/incidentFlow';

const MAIL = join(process.cwd(), 'tests/fixtures/mail');
const file = (name: string) => ({ name, bytesBase64: readFileSync(join(MAIL, name)).toString('base64') });

test('captured emails and screenshots show in the incident’s paper-trail step', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Bloom & Fern');
  const brief = await seedBrief(app, client.id, 'Print the labels');
  const outcomes = await app.call('paperTrail.captureFiles', {
    clientId: client.id,
    briefId: brief.id,
    files: [file('gmail-alternative.eml'), file('image.png')],
  });
  expect(outcomes).toHaveLength(2);

  const { id } = await app.call('incidents.start', { briefId: brief.id, breathing: 'skipped' });
  const answer = (screen: string, answers: object) => app.call('incidents.advance', { id, step: 'happened', screen, answers } as never);
  await answer('happened.ongoing', { harmOngoing: false });
  await answer('happened.what', { description: 'The labels were printed at A4.', happenedOn: '2026-12-01', reportedOn: '2026-12-01' });
  await answer('happened.impact', { spottedBy: 'client', impacts: ['deadline'], severity: 'low' });

  await openRoute(page, `#/incidents/${id}`);
  await new IncidentFlow(page).expectQuestion('Did the client ask for this?');
  const trail = page.locator('.trail-entries');
  const email = trail.getByRole('listitem').filter({ hasText: 'Label sizes for Friday' });
  await expect(email).toContainText('Sarah Lee <sarah.lee@bloomandfern.co.uk>');
  await expect(email).toContainText('Tue 1 Dec 2026');
  await expect(email).toContainText('Please print the labels at A6');

  const thumbnail = trail.getByRole('button', { name: /image\.png/ });
  await expect(thumbnail.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await thumbnail.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('img')).toBeVisible();
  await app.screenshots('incident-paper-trail-captured');
  await app.expectAccessible();
});

test('a screenshot goes into the client summary only when the VA ticks it, and shows in the preview', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Bloom & Fern');
  await app.call('paperTrail.captureFiles', { clientId: client.id, briefId: null, files: [{ ...file('image.png'), name: 'dm-screenshot.png' }] });
  const { id } = await app.call('incidents.start', { clientId: client.id, breathing: 'skipped' });
  await app.call('incidents.saveStep', { id, step: 'happened', answers: { description: 'I sent the labels to the wrong printer.' } });

  await openRoute(page, `#/summaries/${id}`);
  const preview = page.getByRole('region', { name: 'Preview, as it will print' });
  await expect(preview).toContainText('I sent the labels to the wrong printer.');
  await expect(preview.locator('img[alt="dm-screenshot.png"]')).toHaveCount(0);

  await page
    .getByRole('group', { name: 'Screenshots to include' })
    .getByRole('checkbox', { name: /dm-screenshot\.png/ })
    .check();
  await expect(preview.getByRole('heading', { name: 'Attached' })).toBeVisible();
  await expect(preview.locator('img[alt="dm-screenshot.png"]')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect.poll(async () => (await app.call('summaries.get', { incidentId: id })).record.attachments).toHaveLength(1);
  await app.screenshots('summary-with-screenshot');
  await app.expectAccessible();
});
