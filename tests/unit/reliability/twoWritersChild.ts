// A second Steadyhand process, with its own settings folder (another userData path) but the same data
// folder: it must be refused. Prints `opened` (a failure of the lock) or `refused <Error name>: <message>`.
// Usage: node --import tsx twoWritersChild.ts DATA_DIR SETTINGS_DIR
import { createCore } from '../../../electron/core/createCore';
import { JsonFileSettings } from '../../../electron/core/settings/settingsPort';
import { nodeFs } from '../../../electron/core/fs/fsPort';

const [dataDir, settingsDir] = process.argv.slice(2) as [string, string];
const settings = await JsonFileSettings.open(nodeFs, settingsDir);
try {
  const core = await createCore({
    dataDir,
    settings: settings.port,
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    appVersion: 'second',
  });
  process.stdout.write('opened\n');
  await core.close();
} catch (error) {
  process.stdout.write(`refused ${(error as Error).name}: ${(error as Error).message}\n`);
}
