// One fixture for every end-to-end test: a fresh data directory, the app running in whichever shell
// this machine has, helpers to seed data through the real contract, look at screens and check accessibility.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { OperationName, ResultOf } from '../../../shared/contract';
import { closeShared, electronBinary, launchChromiumShell, launchElectronShell, PROJECT_ROOT, type RunningApp, type ShellKind } from './shells';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'tests/screenshots');

/**
 * `npm run look` sets this: every screenshot (light and dark, 1024 and 1440) is taken and axe runs in both themes.
 * The functional run (`npm test`) skips the pictures and runs axe once, in the light theme, so it stays quick and
 * steady on a 2-core machine; the look run is what to open and read before resolving a screen-level issue.
 */
export const LOOK_MODE = process.env.STEADYHAND_LOOK === '1';

export interface AppFixture extends RunningApp {
  shell: ShellKind;
  dataDir: string;
  /** Calls an operation through the same bridge the page uses; throws on an error envelope. */
  call<N extends OperationName>(operation: N, input: unknown): Promise<ResultOf<N>>;
  /** Closes the app and opens it again on the same data directory (a restart). */
  restart(): Promise<void>;
  /** Screenshots of the current screen: light and dark, 1024×640 and 1440×900 (only under `npm run look`; else none). */
  screenshots(name: string): Promise<string[]>;
  /** Runs axe and expects no violations: light and dark under `npm run look`, light in the functional run. */
  expectAccessible(): Promise<void>;
}

interface Options {
  /** Files written into the empty data directory before the app opens (a damaged data file, backups…), by relative path. */
  dataDirFiles: Record<string, string> | null;
}

let announced = false;

export const test = base.extend<{ app: AppFixture } & Options, { shellKind: ShellKind }>({
  dataDirFiles: [null, { option: true }],
  shellKind: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const binary = electronBinary();
      const kind: ShellKind = binary ? 'electron' : 'chromium';
      if (!announced) {
        console.log(
          kind === 'electron'
            ? `[shell] Electron: launching the real app (${binary})`
            : `[shell] Chromium: no Electron binary here, so the built renderer runs in /usr/bin/chromium with the real core bridged in`,
        );
        announced = true;
      }
      await use(kind);
      await closeShared();
    },
    { scope: 'worker' },
  ],
  app: async ({ shellKind, dataDirFiles }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'steadyhand-e2e-'));
    for (const [relative, content] of Object.entries(dataDirFiles ?? {})) {
      await mkdir(dirname(join(dataDir, relative)), { recursive: true });
      await writeFile(join(dataDir, relative), content);
    }
    const binary = electronBinary();
    const launch = () => (shellKind === 'electron' && binary ? launchElectronShell(dataDir, binary) : launchChromiumShell(dataDir));
    let running = await launch();
    const fixture: AppFixture = {
      shell: shellKind,
      dataDir,
      get page() {
        return running.page;
      },
      get coreHost() {
        return running.coreHost;
      },
      get dialogs() {
        return running.dialogs;
      },
      get documents() {
        return running.documents;
      },
      get askToClose() {
        return running.askToClose;
      },
      close: () => running.close(),
      async call(operation, input) {
        const envelope = await running.page.evaluate(
          ([op, payload]) =>
            (window as unknown as { steadyhand: { invoke(o: string, i: unknown): Promise<unknown> } }).steadyhand.invoke(op as string, payload),
          [operation, input] as const,
        );
        const e = envelope as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!e.ok) throw new Error(`${operation} failed: ${e.error?.message}`);
        return e.value as never;
      },
      async restart() {
        await running.close();
        running = await launch();
      },
      async screenshots(name) {
        if (!LOOK_MODE) return [];
        const page = running.page;
        const original = page.viewportSize();
        const files: string[] = [];
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const size of [
            { width: 1024, height: 640 },
            { width: 1440, height: 900 },
          ]) {
            await page.setViewportSize(size);
            const file = join(SCREENSHOT_DIR, `${name}-${scheme}-${size.width}.png`);
            await page.screenshot({ path: file });
            files.push(file);
          }
        }
        await page.emulateMedia({ colorScheme: 'light' });
        if (original) await page.setViewportSize(original);
        return files;
      },
      async expectAccessible() {
        const page = running.page;
        for (const scheme of LOOK_MODE ? (['light', 'dark'] as const) : (['light'] as const)) {
          await page.emulateMedia({ colorScheme: scheme });
          // Legacy mode runs axe.run in the page itself; the default opens a blank page for every check to merge
          // frame results (cross-origin frames, which the app does not have), which doubled axe's cost in the suite.
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).setLegacyMode(true).analyze();
          const summary = result.violations.map((v) => `${scheme}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(summary, `axe violations in the ${scheme} theme`).toEqual([]);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      },
    };
    await use(fixture);
    await running.close().catch(() => undefined);
    if (testInfo.status === testInfo.expectedStatus) await rm(dataDir, { recursive: true, force: true });
    else console.log(`[data] kept the data directory of a failed test: ${dataDir}`);
  },
});

export { expect };
export type { Page };
