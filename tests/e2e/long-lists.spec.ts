// Lists that grow (briefs, paper trail, incidents) render only what is near the view (@tanstack/react-virtual),
// and still reach every row, by scrolling and by keyboard.
import { dataDocument, SCHEMA_VERSION } from '../../shared/model/document';
import { makeBrief, makeClient, makeEntry, makeIncident } from '../unit/insights/records';
import { expect, test } from './harness/fixtures';
import { DATA_FILE } from './harness/todaySeed';

/** Ten years of briefs for one client: titles numbered so a row's place in the list is easy to check. */
function manyBriefsDocument(count: number) {
  const client = makeClient('Ten Years Ltd');
  const briefs = Array.from({ length: count }, (_, i) => makeBrief(client, `Weekly report ${String(i + 1).padStart(5, '0')}`));
  return dataDocument.parse({ schemaVersion: SCHEMA_VERSION, clients: [client], briefs, paperTrail: [] });
}

// The long trail and incident lists are written into the data file before the app opens: seeding them through the
// page took most of these tests' time (every call a round trip and a refetch), and seeding is not what they test.
const trailClient = makeClient('Long Trail Ltd');
const trailBrief = makeBrief(trailClient, 'Ongoing admin');
const longTrailDocument = dataDocument.parse({
  schemaVersion: SCHEMA_VERSION,
  clients: [trailClient],
  briefs: [trailBrief],
  paperTrail: Array.from({ length: 200 }, (_, i) => ({
    ...makeEntry(trailClient, trailBrief, `Request number ${i + 1}: please file this week’s receipts.`),
    receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  })),
});

const incidentsClient = makeClient('Many Incidents Ltd');
const manyIncidentsDocument = dataDocument.parse({
  schemaVersion: SCHEMA_VERSION,
  clients: [incidentsClient],
  briefs: [],
  paperTrail: [],
  incidents: Array.from({ length: 120 }, (_, i) => makeIncident({ client: incidentsClient, description: `Incident ${String(i + 1).padStart(3, '0')}` })),
});

test.describe('with 5,000 briefs', () => {
  test.use({ dataDirFiles: { [DATA_FILE]: JSON.stringify(manyBriefsDocument(5_000)) } });

  test('the Briefs list renders a window of rows; scrolling and the keyboard reach rows outside it', async ({ app }) => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/briefs'));
    const list = page.getByRole('list', { name: 'Briefs' });
    const rows = list.getByRole('listitem');
    // Five thousand rows cross the test bridge first: on a busy machine that takes a while.
    await expect(rows.first()).toHaveAttribute('aria-setsize', '5000', { timeout: 30_000 });
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    expect(await rows.count()).toBeLessThan(60);
    const last = list.getByRole('link', { name: /Weekly report 05000/ });
    await expect(last).toHaveCount(0);

    // End, from the first row, moves focus to the last: it is rendered, in view and focused.
    await list.getByRole('link').first().focus();
    await page.keyboard.press('End');
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(list.locator('li:has(:focus)')).toHaveAttribute('aria-posinset', '5000');
    expect(await rows.count()).toBeLessThan(60);
    await page.keyboard.press('ArrowUp');
    await expect(list.getByRole('link', { name: /Weekly report 04999/ })).toBeFocused();

    // A focused row scrolled far out of view stays rendered, so focus is not dropped on the page.
    const box = page.locator('.list-pane .list');
    await box.evaluate((element) => element.scrollTo(0, 0));
    await expect(list.getByRole('link', { name: /Weekly report 00001/ })).toBeVisible();
    await expect(list.getByRole('link', { name: /Weekly report 04999/ })).toBeFocused();

    // Home goes back to the first; PageDown moves a screenful at a time, past the rows first rendered.
    await page.keyboard.press('Home');
    await expect(list.getByRole('link', { name: /Weekly report 00001/ })).toBeFocused();
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
    await expect.poll(async () => Number(await list.locator('li:has(:focus)').getAttribute('aria-posinset'))).toBeGreaterThan(60);
    await expect(list.locator('li:has(:focus) a')).toBeInViewport();

    // Scrolling to the end shows the last brief, still with only a window of rows in the page.
    await expect
      .poll(async () => {
        await box.evaluate((element) => element.scrollTo(0, element.scrollHeight));
        return last.isVisible();
      })
      .toBe(true);
    expect(await rows.count()).toBeLessThan(60);
    await app.expectAccessible();

    // Filtering still finds one brief, and Enter on it opens it.
    await page.getByRole('searchbox', { name: 'Filter briefs' }).fill('Weekly report 04321');
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAttribute('aria-setsize', '1');
    await list.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Weekly report 04321' })).toBeVisible();
  });
});

test.describe('with a paper trail of 200 entries', () => {
  test.use({ dataDirFiles: { [DATA_FILE]: JSON.stringify(longTrailDocument) } });

  test('a paper trail of 200 entries renders a window of them and scrolls to the last', async ({ app }) => {
    const { page } = app;
    await page.evaluate((id) => (window.location.hash = `#/briefs/${id}`), trailBrief.id);
    const trail = page.getByRole('list', { name: 'Paper trail entries' });
    const entries = trail.locator('li[data-index]');
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
});

test.describe('with 120 incidents', () => {
  test.use({ dataDirFiles: { [DATA_FILE]: JSON.stringify(manyIncidentsDocument) } });

  test('an incidents list of 120 renders a window of rows and scrolls to the last', async ({ app }) => {
    const { page } = app;
    await page.evaluate(() => (window.location.hash = '#/incidents'));
    const rows = page.locator('tbody tr[data-index]');
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
});
