// The brief screen's echo with 12,000 briefs and with 50: a new title typed into a brief, its autosave reaching the
// core, and the moment the Briefs list row shows it (from the save request to the row, in wall-clock time on both
// sides; the autosave's own 700 ms pause is left out, as it is the same at any size). At ten years it also counts
// the bytes that one autosave sends through the bridge (requests, answers and change events) and the renderer's
// long tasks (> 50 ms) while 100 characters are typed. Started by measureRenderer.ts.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Page, test } from '@playwright/test';
import { closeShared, launchChromiumShell, type RunningApp } from '../../tests/e2e/harness/shells';
import { workingCopy } from './measureCore';

const SAVES_PER_ROUND = 5;
const epochNow = () => performance.timeOrigin + performance.now();
const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '');

interface Session {
  app: RunningApp;
  page: Page;
  /** Bytes through the bridge while `recording`, and when the last briefs.update reached the core. */
  traffic: { recording: boolean; bytes: number; updateAt: number };
}

/** Opens the data, the Briefs screen and its newest brief (the row a new title keeps at the top). */
async function open(dataDir: string): Promise<Session> {
  const app = await launchChromiumShell(workingCopy(dataDir));
  const host = app.coreHost!;
  const traffic = { recording: false, bytes: 0, updateAt: 0 };
  const dispatch = host.dispatch;
  host.dispatch = async (operation, input) => {
    if (operation === 'briefs.update') traffic.updateAt = epochNow();
    const envelope = await dispatch(operation, input);
    if (traffic.recording) traffic.bytes += bytesOf({ operation, input }) + bytesOf(envelope);
    return envelope;
  };
  host.onEvent((event) => {
    if (traffic.recording) traffic.bytes += bytesOf(event);
  });
  const page = app.page;
  await page.evaluate(() => (window.location.hash = '#/briefs'));
  const list = page.getByRole('list', { name: 'Briefs' });
  await list.getByRole('link').first().waitFor({ timeout: 300_000 });
  await list.getByRole('link').first().click();
  await page.getByLabel('Title', { exact: true }).waitFor();
  return { app, page, traffic };
}

/** Resolves in the page, with the page's wall-clock time, once a row of the Briefs list shows `title`. */
async function watchRow(page: Page, title: string): Promise<void> {
  const list = await page.getByRole('list', { name: 'Briefs' }).elementHandle();
  await page.evaluate(
    ([element, wanted]) => {
      const w = window as unknown as { __echoAt: number | null };
      w.__echoAt = null;
      const shows = () => Array.from(element!.querySelectorAll('.title')).some((e) => e.textContent === wanted);
      const observer = new MutationObserver(() => {
        if (w.__echoAt === null && shows()) {
          w.__echoAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(element!, { subtree: true, childList: true, characterData: true });
    },
    [list, title] as const,
  );
}

async function rowShownAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __echoAt: number | null }).__echoAt !== null, null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __echoAt: number }).__echoAt);
}

/** One autosave: its echo time, and the bytes of everything it caused (the refetches it started included). */
async function echo(session: Session, title: string): Promise<{ ms: number; bytes: number }> {
  const { page, traffic } = session;
  await watchRow(page, title);
  traffic.bytes = 0;
  traffic.recording = true;
  await page.getByLabel('Title', { exact: true }).fill(title);
  const shownAt = await rowShownAt(page);
  await page.waitForTimeout(500);
  traffic.recording = false;
  return { ms: shownAt - traffic.updateAt, bytes: traffic.bytes };
}

/** Renderer long tasks while 100 characters are typed into the title, until the list row shows the result. */
async function typingLongTasks(session: Session): Promise<number[]> {
  const { page } = session;
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Typed');
  await page.waitForTimeout(1_500);
  const typed = 'Newsletter for the spring open day, with the price list and the travel notes for every guest.!!!!!!!';
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await watchRow(page, `Typed${typed}`);
  await title.press('End');
  await title.pressSequentially(typed, { delay: 60 });
  await rowShownAt(page);
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

test('brief title echo timing', async () => {
  const big: number[] = [];
  const small: number[] = [];
  const bytes: number[] = [];
  let longTasks: number[] = [];
  // Alternated, so a busy moment on the machine does not land on one side only.
  for (let round = 0; round < 2; round++) {
    for (const side of ['small', 'big'] as const) {
      const session = await open(side === 'big' ? process.env.BENCH_BIG_DIR! : process.env.BENCH_SMALL_DIR!);
      try {
        for (let i = 0; i < SAVES_PER_ROUND; i++) {
          const { ms, bytes: b } = await echo(session, `Echo ${side} ${round}.${i}`);
          (side === 'big' ? big : small).push(ms);
          if (side === 'big') bytes.push(b);
        }
        if (side === 'big' && round === 1) longTasks = await typingLongTasks(session);
      } finally {
        await session.app.close();
      }
    }
  }
  await closeShared();
  writeFileSync(process.env.BENCH_ECHO_OUT!, JSON.stringify({ big, small, bytes, longTasks }));
});
