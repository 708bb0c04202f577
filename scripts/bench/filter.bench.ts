// The briefs filter with 12,000 briefs and with 50: types words one key at a time and reads the
// Performance measures the page records (keystroke → list updated). Started by measureRenderer.ts.
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

test('briefs filter timing', async () => {
  const big: number[] = [];
  const small: number[] = [];
  // Alternated, so a busy moment on the machine does not land on one side only.
  for (let round = 0; round < 2; round++) {
    small.push(...(await filterTimes(process.env.BENCH_SMALL_DIR!)));
    big.push(...(await filterTimes(process.env.BENCH_BIG_DIR!)));
  }
  await closeShared();
  writeFileSync(process.env.BENCH_FILTER_OUT!, JSON.stringify({ big, small }));
});
