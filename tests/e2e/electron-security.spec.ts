// Suite 9, the running app: the guards of electron/security.ts as Electron actually applied them.
// The first test needs the Electron binary and is skipped (with the reason printed) where there is none, as on
// CI, where tests/unit/electron/security.test.ts checks the same guards with stand-in Electron objects.
// The second runs in either shell: the built page carries our CSP and the browser enforces it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from '@playwright/test';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, createSecureWindow } from '../../electron/security';
import { expect, test } from './harness/fixtures';
import { electronBinary, OUT_DIR } from './harness/shells';

const META_POLICY = CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '');
// What createSecureWindow asks Electron for (the unit test pins each value); the running window must have all of it.
const SECURE_PREFERENCES: Record<string, unknown> = {
  ...createSecureWindow(
    class {
      constructor(readonly options: BrowserWindowConstructorOptions) {}
    },
    {},
    null,
  ).options.webPreferences,
};

test('the Electron app runs with every guard in place', async () => {
  const binary = electronBinary();
  if (binary === null) {
    const reason = 'no Electron binary here (its download is skipped); tests/unit/electron/security.test.ts checks the guards with stand-in Electron objects';
    console.log(`[electron-security] skipped: ${reason}`);
    test.skip(true, reason);
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'steadyhand-sec-'));
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[0] !== 'ELECTRON_RENDERER_URL' && e[1] !== undefined));
  const app = await _electron.launch({ executablePath: binary, args: [join(OUT_DIR, 'main/index.js'), `--data-dir=${dataDir}`], env });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);

    // An undocumented but long-standing WebContents method; where it is missing, the behaviour below still speaks.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => unknown };
      return contents.getLastWebPreferences?.() ?? null;
    });
    if (prefs === null) console.log('[electron-security] getLastWebPreferences is not available; checking behaviour only');
    else expect(prefs).toMatchObject(SECURE_PREFERENCES);
    // The page sees no Node and nothing of Electron but the three functions of the bridge.
    expect(
      await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process]),
    ).toEqual(['undefined', 'undefined']);
    expect(await page.evaluate(() => Object.keys((window as unknown as { steadyhand: object }).steadyhand).sort())).toEqual([
      'invoke',
      'onEvent',
      'readyToClose',
    ]);

    // The CSP arrives as a header from app:// and as the meta tag of the built page.
    expect(await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'))).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(META_POLICY);

    // Record what would reach the OS instead of opening a browser on this machine.
    const stubbed = await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { __opened: string[] }).__opened = opened;
      const stand = async (url: string) => void opened.push(url);
      try {
        shell.openExternal = stand;
      } catch {
        return false;
      }
      return shell.openExternal === stand;
    });

    // Navigation away from us, and new windows, are refused.
    await page.evaluate(() => {
      location.href = 'file:///etc/hosts';
    });
    await page.waitForTimeout(500);
    expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(await page.evaluate(() => window.open('file:///etc/passwd') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // Every permission is denied.
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');

    // Only safe links go out to the browser.
    if (stubbed) {
      await page.evaluate(() => {
        for (const url of ['https://example.com/help', 'javascript:alert(1)', 'http://localhost:3000/', 'file:///etc/passwd', 'mailto:jane@example.com'])
          window.open(url);
      });
      await page.waitForTimeout(300);
      expect(await app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened)).toEqual([
        'https://example.com/help',
        'mailto:jane@example.com',
      ]);
    } else {
      console.log('[electron-security] shell.openExternal could not be stood in for; the external-link check is left to the unit test');
    }
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the built page carries our CSP and the browser enforces it', async ({ app }) => {
  const { page } = app;
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(META_POLICY);
  // (eval cannot be tried from here: code evaluated by the test driver is exempt from the page's CSP.)
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.gif';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300));
    script.remove();
    img.remove();
    return { inlineRan: w.__inlineRan === true, violations: [...new Set(violations)].sort() };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toContain('img-src');
  expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
});
