// Launches the Chromium shell from a plain tsx script (as a walkthrough would) and prints whether the page got the
// bridge. Run by tests/unit/harness/tsxHarness.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeShared, launchChromiumShell } from './shells';

const dataDir = await mkdtemp(join(tmpdir(), 'steadyhand-tsx-probe-'));
const app = await launchChromiumShell(dataDir);
const invoke = await app.page.evaluate(() => typeof (window as unknown as { steadyhand?: { invoke?: unknown } }).steadyhand?.invoke);
const clients = await app.page.evaluate(async () => {
  const bridge = (window as unknown as { steadyhand: { invoke(op: string, input: unknown): Promise<{ ok: boolean; value?: unknown[] }> } }).steadyhand;
  const envelope = await bridge.invoke('clients.list', {});
  return envelope.ok ? (envelope.value?.length ?? -1) : -1;
});
await app.close();
await closeShared();
await rm(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ invoke, clients }));
