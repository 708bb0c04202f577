// Quitting within the autosave pause keeps the typing: the app sends `app-closing`, the page flushes its pending
// saves and only then answers `readyToClose` (renderer/src/app/closing.ts). The Chromium shell does what main does.
import { expect, test } from './harness/fixtures';

test('a name typed and quit at once is on disk before the page says it is ready to close', async ({ app }) => {
  test.skip(app.askToClose === undefined, 'The real app quits itself; this drives the Chromium shell’s close request.');
  const { page } = app;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Amara Lewis');
  // Well inside the autosave pause: without the flush the name would not be saved yet.
  expect(await app.askToClose!(3_000)).toBe(true);
  expect((await app.call('settings.get', {})).profile.name).toBe('Amara Lewis');
});

test('with nothing pending the page answers at once', async ({ app }) => {
  test.skip(app.askToClose === undefined, 'Chromium shell only.');
  const started = Date.now();
  expect(await app.askToClose!(3_000)).toBe(true);
  expect(Date.now() - started).toBeLessThan(1_500);
});
