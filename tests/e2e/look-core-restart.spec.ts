// Look walk: the banner shown after the core process stopped and started again (light and dark, 1024 and 1440,
// axe on the screen), on Today, where the VA most often is.
import { expect, test } from './harness/fixtures';

test('the data-engine restart banner on Today', async ({ app }) => {
  test.skip(app.coreHost === null, 'The Electron shell runs its core as a utilityProcess the test cannot reach.');
  const { page } = app;
  const firstPid = app.coreHost!.pid!;
  process.kill(firstPid, 'SIGKILL');
  await expect(page.getByText('Steadyhand’s data engine stopped; it is starting again. Nothing you saved is lost.')).toBeVisible();
  await app.screenshots('core-restarted-today');
  await app.expectAccessible();
});
