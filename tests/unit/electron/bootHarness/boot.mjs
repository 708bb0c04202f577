// Child-process entry of the boot test: installs the `electron` stand-in, loads the built out/main/index.js
// exactly as Electron would (an ES module), then makes the app "ready". Commands arrive from the test over IPC.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const standIn = await import('./electron.mjs');
standIn.listenForCommands();
await import(pathToFileURL(process.env.STEADYHAND_BOOT_MAIN).href);
standIn.becomeReady();
