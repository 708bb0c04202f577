// End-to-end tests: one suite, two shells (see tests/e2e/harness/shells.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Screenshot walks (look-*.spec.ts) run under `npm run look`, not in the functional suite.
  testIgnore: process.env.STEADYHAND_LOOK === '1' ? [] : ['**/look-*.spec.ts'],
  // Playwright empties its output folder; keep it apart from the Vitest report beside it.
  outputDir: 'test-results/playwright-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // A failed test keeps its trace: the DOM at every action, without the screencast, which cost the suite a fifth of
  // its time on two cores.
  use: { trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false }, actionTimeout: 10_000 },
});
