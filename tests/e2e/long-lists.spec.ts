// Lists that grow (paper trail, incidents) render only what is near the view, and still reach every row.
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient, seedEntry } from './harness/seed';

test('a paper trail of 200 entries renders a window of them and scrolls to the last', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Long Trail Ltd');
  const brief = await seedBrief(app, client.id, 'Ongoing admin');
  for (let i = 0; i < 200; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    await seedEntry(app, client.id, brief.id, `Request number ${i + 1}: please file this week’s receipts.`, at);
  }
  await page.goto(page.url().replace(/#.*$/, '') + `#/briefs/${brief.id}`);
  const trail = page.getByRole('list', { name: 'Paper trail entries' });
  const entries = trail.locator('li[data-row]');
  // The trail sits below the brief and its checklist: its rows render as it comes into view.
  await trail.scrollIntoViewIfNeeded();
  await expect.poll(() => entries.count()).toBeGreaterThan(0);
  expect(await entries.count()).toBeLessThan(200);
  // As rows are measured the list settles; a VA scrolling to the end reaches the last entry.
  const last = page.getByText('Request number 200: please file this week’s receipts.');
  await expect
    .poll(async () => {
      await page.locator('.detail-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
      return last.isVisible();
    })
    .toBe(true);
  expect(await entries.count()).toBeLessThan(200);
});

test('an incidents list of 120 renders a window of rows and scrolls to the last', async ({ app }) => {
  const { page } = app;
  const client = await seedClient(app, 'Many Incidents Ltd');
  for (let i = 0; i < 120; i++) {
    const incident = await app.call('incidents.start', { clientId: client.id, breathing: 'skipped' });
    await app.call('incidents.saveStep', { id: incident.id, step: 'happened', answers: { description: `Incident ${String(i + 1).padStart(3, '0')}` } });
  }
  await page.goto(page.url().replace(/#.*$/, '') + '#/incidents');
  const rows = page.locator('tbody tr[data-row]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(120);
  const all = await app.call('incidents.list', {});
  const last = all[all.length - 1]!.description;
  await expect
    .poll(async () => {
      await page.evaluate(() => {
        const scroller = document.querySelector('.page.single') as HTMLElement;
        scroller.scrollTo(0, scroller.scrollHeight);
      });
      return page.getByRole('link', { name: last }).isVisible();
    })
    .toBe(true);
});
