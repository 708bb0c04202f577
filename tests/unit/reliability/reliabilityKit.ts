// What the reliability suites share: how many runs (small inside `npm test`, full under
// `npm run test:reliability`), a fake clock, and the one figure line each suite prints.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FULL = process.env.STEADYHAND_RELIABILITY === 'full';

/** `STEADYHAND_<NAME>_RUNS`, else the full count under test:reliability, else the quick one. */
export function runs(name: string, full: number, quick: number): number {
  const fromEnv = process.env[`STEADYHAND_${name}_RUNS`];
  return fromEnv !== undefined ? Number(fromEnv) : FULL ? full : quick;
}

/** Prints a suite's figure line and keeps it in test-results/reliability-figures.txt for the closing note. */
export function reportFigure(line: string): void {
  console.log(line);
  const dir = resolve(import.meta.dirname, '../../../test-results');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'reliability-figures.txt'), `${new Date().toISOString()} ${FULL ? 'full' : 'quick'} ${line}\n`);
}

export function fakeClock(start = '2026-03-02T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}
