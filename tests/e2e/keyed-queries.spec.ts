// Keyed queries: saving one brief's title updates its row in the Briefs list from that one row, and the core is
// never asked for the whole list again. Calls are counted where the page's bridge reaches the core (its host).
import { expect, test } from './harness/fixtures';
import { seedBrief, seedClient } from './harness/seed';

test('saving a brief title updates its row without reloading the whole Briefs list', async ({ app }) => {
  test.skip(app.coreHost === null, 'Counts calls at the Chromium shell’s core host.');
  const { page } = app;
  const client = await seedClient(app, 'Noor Haddad');
  const brief = await seedBrief(app, client.id, 'Send the patient newsletter');
  await seedBrief(app, client.id, 'Book the venue');
  await seedBrief(app, client.id, 'Chase the March invoice');

  await page.evaluate((h) => (window.location.hash = h), `#/briefs/${brief.id}`);
  const list = page.getByRole('list', { name: 'Briefs' });
  await expect(list.getByRole('link', { name: /Send the patient newsletter/ })).toBeVisible();
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Send the patient newsletter');

  // From here on, every call the page makes, with its input.
  const host = app.coreHost!;
  const dispatch = host.dispatch;
  const calls: { operation: string; input: unknown }[] = [];
  host.dispatch = (operation, input) => {
    calls.push({ operation: String(operation), input });
    return dispatch(operation, input);
  };
  try {
    await title.fill('Send the spring newsletter');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await expect(list.getByRole('link', { name: /Send the spring newsletter/ })).toBeVisible();
    await expect(list.getByRole('link', { name: /Send the patient newsletter/ })).toHaveCount(0);
    // The new title moved the brief to the top (newest change first), and the other rows are still there.
    await expect(list.getByRole('link').first()).toContainText('Send the spring newsletter');
    await expect(list.getByRole('link')).toHaveCount(3);
  } finally {
    host.dispatch = dispatch;
  }

  expect(calls.filter((c) => c.operation === 'briefs.update')).toHaveLength(1);
  const rowCalls = calls.filter((c) => c.operation === 'briefs.rows');
  expect(rowCalls.map((c) => c.input)).toEqual([{ ids: [brief.id] }]);
  // Nothing about other records was loaded: no lists of clients, briefs or paper trail, no other brief.
  const loads = calls.filter((c) => c.operation !== 'briefs.update' && c.operation !== 'briefs.rows');
  expect(loads.filter((c) => /\.list$/.test(c.operation))).toEqual([]);
  expect(loads.filter((c) => c.operation === 'briefs.get').map((c) => c.input)).toEqual([{ id: brief.id }]);
});
