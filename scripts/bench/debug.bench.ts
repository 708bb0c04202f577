import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { closeShared, launchChromiumShell } from '../../tests/e2e/harness/shells';
import { workingCopy } from './measureCore';

test('debug filter profile', async () => {
  const app = await launchChromiumShell(workingCopy('/work/main/bench-data/ten-years-20261122'));
  const page = app.page;
  await page.evaluate(() => (window.location.hash = '#/briefs'));
  await page.getByRole('list', { name: 'Briefs' }).getByRole('link').first().waitFor({ timeout: 300_000 });
  const filter = page.getByRole('searchbox', { name: 'Filter briefs' });
  console.log('rows', await page.evaluate(async () => { const ul = document.querySelector('ul[aria-label=Briefs]') as HTMLElement; const box = ul.parentElement!; const a = [ul.children.length, box.clientHeight, box.scrollHeight]; box.scrollTop = 64 * 5000; await new Promise((r) => setTimeout(r, 300)); return [...a, box.scrollTop, ul.style.paddingTop, (ul.querySelector('li') as HTMLElement).getAttribute('aria-posinset'), ul.children.length]; }));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let k = 0; k < 20; k++) { await filter.fill(''); await filter.pressSequentially('ne', { delay: 30 }); }
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/prof-r/r.cpuprofile', JSON.stringify(profile));
  console.log(await page.evaluate(() => performance.getEntriesByName('briefs-filter').map((e) => e.duration.toFixed(1)).join(' ')));
  await app.close();
  await closeShared();
});
