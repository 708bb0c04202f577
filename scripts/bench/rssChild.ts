// Child process of the benchmark: opens the core on a data folder, lets it settle, and reports its
// resident memory, so the figure is the core's alone and not the benchmark's.
import { createCore } from '../../electron/core/createCore';
import { MemorySettings } from '../../electron/core/settings/settingsPort';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('Usage: rssChild.ts DATA_DIR');
const gc = (globalThis as { gc?: () => void }).gc;
// The core's code is loaded (the bundle's imports ran) but no data is open yet.
gc?.();
const baseline = process.memoryUsage().rss;
const core = await createCore({
  dataDir,
  settings: new MemorySettings(),
  dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
  appVersion: 'bench',
});
await core.db.settled();
// Let the garbage of opening (the parsed text, the backup bytes) go, as it would a moment later in the app.
for (let i = 0; i < 3; i++) {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const usage = process.memoryUsage();
process.stdout.write(
  JSON.stringify({ rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, baseline, records: core.db.data.briefs.length }) + '\n',
);
await core.close();
