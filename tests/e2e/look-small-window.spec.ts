// The smallest window the app allows (900×560, electron/main.ts MIN_WINDOW): Today, Briefs, a brief and the
// first step of the incident flow, in both themes, with no sideways scrolling. Pictures go to tests/screenshots/.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, test } from './harness/fixtures';
import { openRoute } from './pages/incidentFlow';
import { seedBrief, seedClient } from './harness/seed';

const SMALL = { width: 900, height: 560 };

/** Sideways overflow of the page and of its main column, in pixels (0 when everything fits). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const main = document.querySelector('main');
    const sidebar = document.querySelector('.sidebar');
    return {
      page: doc.scrollWidth - doc.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      // Every area of the app reachable without scrolling the sidebar.
      sidebar: sidebar ? sidebar.scrollHeight - sidebar.clientHeight : 0,
    };
  });
}

async function look(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `small-${name}-${scheme}-900.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await overflow(page), `${name} at 900×560`).toEqual({ page: 0, main: 0, sidebar: 0 });
}

test('Today, Briefs, a brief and the incident flow fit a 900×560 window', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(SMALL);
  const client = await seedClient(app, 'Priya Shah');
  const brief = await seedBrief(app, client.id, 'Book the Lisbon trip for the March offsite');
  await seedBrief(app, client.id, 'Tidy the shared drive');

  await openRoute(page, '#/today');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await look(page, 'today');

  await openRoute(page, '#/briefs');
  await expect(page.getByText('Tidy the shared drive').first()).toBeVisible();
  await look(page, 'briefs');

  await openRoute(page, `#/briefs/${brief.id}`);
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
  await look(page, 'brief');
  await app.expectAccessible();

  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
  await look(page, 'incident-first-step');
});
