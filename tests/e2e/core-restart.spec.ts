// The core runs in its own process; when it dies, the window says so calmly, the core starts again on the same
// data, and the VA carries on. Chromium shell only: it is the shell whose core process the test can reach.
import { expect, test } from './harness/fixtures';
import { seedClient } from './harness/seed';

test('the core process is killed: a calm banner, the same data, and saving works again', async ({ app }) => {
  test.skip(app.coreHost === null, 'The Electron shell runs its core as a utilityProcess the test cannot reach.');
  const { page } = app;
  await seedClient(app, 'Priya Shah');
  const firstPid = app.coreHost!.pid!;
  process.kill(firstPid, 'SIGKILL');

  const banner = page.getByText('Steadyhand’s data engine stopped; it is starting again. Nothing you saved is lost.');
  await expect(banner).toBeVisible();
  await expect.poll(() => app.coreHost!.pid).not.toBe(firstPid);

  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByText('Priya Shah').first()).toBeVisible();
  await seedClient(app, 'Saved after the restart');
  await expect.poll(async () => (await app.call('clients.list', {})).map((c) => c.name).sort()).toEqual(['Priya Shah', 'Saved after the restart']);
  await app.expectAccessible();
});
