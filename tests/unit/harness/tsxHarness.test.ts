// The e2e harness works from a tsx script too (a walkthrough reuses launchChromiumShell): under tsx, esbuild's
// `__name` helper used to break the page's init script, so the page had no bridge.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const chromium = process.env.STEADYHAND_CHROMIUM ?? '/usr/bin/chromium';
const built = join(root, 'out/main/core.js');
const missing = !existsSync(chromium) ? `no Chromium at ${chromium}` : !existsSync(built) ? 'no build in out/ (npm run build)' : null;
if (missing !== null) console.log(`[tsx harness] skipped: ${missing}`);

describe.skipIf(missing !== null)('the e2e harness from a tsx script', () => {
  it('gives the page the same bridge as under Playwright, and it reaches the core', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'tests/e2e/harness/tsxProbe.mts')], {
      cwd: root,
      timeout: 90_000,
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ invoke: 'function', clients: 0 });
  }, 120_000);
});
