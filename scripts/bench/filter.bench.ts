// The briefs filter with 12,000 briefs and with 50: types words one key at a time and reads the
// Performance measures the page records (keystroke → list updated). Each round gives one figure;
// measureRenderer.ts takes the median of the rounds. Started by measureRenderer.ts.
import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { closeShared, launchChromiumShell } from '../../tests/e2e/harness/shells';
import { workingCopy } from './measureCore';

const TYPING = ['newsletter', 'invoice', 'calendar', 'travel', 'price'];

async function filterTimes(dataDir: string): Promise<number[]> {
  const app = await launchChromiumShell(workingCopy(dataDir));
  try {
    const page = app.page;
    await page.evaluate(() => (window.location.hash = '#/briefs'));
    await page.getByRole('list', { name: 'Briefs' }).getByRole('link').first().waitFor({ timeout: 300_000 });
    const filter = page.getByRole('searchbox', { name: 'Filter briefs' });
    const times: number[] = [];
    for (const word of TYPING) {
      await filter.fill('');
      await page.evaluate(() => performance.clearMeasures('briefs-filter'));
      await filter.pressSequentially(word, { delay: 30 });
      await page.waitForTimeout(100);
      times.push(...(await page.evaluate(() => performance.getEntriesByName('briefs-filter').map((e) => e.duration))));
    }
    return times;
  } finally {
    await app.close();
  }
}

/**
 * A round's figure: the mean of its keystrokes with the slowest and quickest tenth left out (a
 * garbage collection now and then, and the page's timer, which counts in steps of 0.1 ms, would
 * otherwise decide a median of sub-millisecond times).
 */
function trimmedMean(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, t) => sum + t, 0) / kept.length;
}

test('briefs filter timing', async () => {
  const big: number[] = [];
  const small: number[] = [];
  // Alternated, so a busy moment on the machine does not land on one side only.
  for (let round = 0; round < 3; round++) {
    small.push(trimmedMean(await filterTimes(process.env.BENCH_SMALL_DIR!)));
    big.push(trimmedMean(await filterTimes(process.env.BENCH_BIG_DIR!)));
  }
  await closeShared();
  writeFileSync(process.env.BENCH_FILTER_OUT!, JSON.stringify({ big, small }));
});
