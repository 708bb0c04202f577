// Runs the benchmark's renderer measurement (filter.bench.ts) through Playwright's own runner, which
// the end-to-end harness is written for. Started by `npm run bench`, not by `npm test`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../test-results/bench-artifacts',
  timeout: 600_000,
  workers: 1,
  retries: 0,
  reporter: [['line']],
});
