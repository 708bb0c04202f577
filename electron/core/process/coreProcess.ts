// Entry of the core process (built as out/main/core.js): the whole back end, off the window's process, so
// opening years of data or building the search index never stalls windows, menus or dialogs. The host sends
// `open`, then calls (`{ id, operation, input }` → `{ id, envelope }`) and finally `close`, answered once every
// write is on disk; the core's events are pushed as they happen. Dialogs and printing are asked of the host.
import type { Notice } from '../../../shared/contract';
import { createCore, type Core } from '../createCore';
import { nodeFs } from '../fs/fsPort';
import { JsonFileSettings } from '../settings/settingsPort';
import { DataLockedError } from '../storage/lock';
import { NewerVersionError } from '../storage/migrations';
import { parentChannel } from './parentChannel';
import { dialogsProxy, documentOutputProxy, portRequests } from './portProxies';
import type { HostToCore, OpenFailure, OpenRequest } from './protocol';
import { restingCollector } from './restingCollector';

const channel = parentChannel();
const requests = portRequests(channel);
const log = (message: string, error: unknown) => console.error(message, error ?? '');
const collector = restingCollector();

let core: Core | null = null;
let opening: Promise<Core | null> | null = null;

function describeFailure(error: unknown): OpenFailure {
  const failure: OpenFailure = { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') {
      failure.code = code;
      break;
    }
  }
  if (error instanceof DataLockedError) Object.assign(failure, { lockPath: error.lockPath, holder: error.holder });
  if (error instanceof NewerVersionError) failure.fileVersion = error.fileVersion;
  return failure;
}

async function open(request: OpenRequest): Promise<Core | null> {
  try {
    // settings.json (the file electron-store wrote) through the core's own durable JSON store: checked first (a bad
    // file moved aside, the last good copy put back), written with fsync. Not conf: loading it and ajv cost about
    // 115 ms of every start, for a file read once and written rarely.
    const settings = await JsonFileSettings.open(nodeFs, request.dataDir);
    const notices: Notice[] = [...(request.startupNotices ?? []), ...(settings.notice ? [settings.notice] : [])];
    core = await createCore({
      dataDir: request.dataDir,
      settings: settings.port,
      dialogs: dialogsProxy(requests),
      documentOutput: documentOutputProxy(requests),
      appVersion: request.appVersion,
      startupNotices: notices,
      checkTouched: request.checkTouched ?? false,
      log,
    });
    core.onEvent((event) => channel.send({ type: 'event', event }));
    channel.send({ type: 'opened', pid: process.pid });
    return core;
  } catch (error) {
    log('The core could not open its data.', error);
    channel.send({ type: 'open-failed', error: describeFailure(error) });
    return null;
  }
}

channel.onMessage((message: HostToCore) => {
  switch (message.type) {
    case 'open':
      if (opening === null) {
        collector.busy();
        opening = open(message);
        void opening.then((opened) => collector.idle(opened?.db.settled()));
      }
      return;
    case 'call':
      // Calls sent before `opened` wait for it; the dispatcher never throws.
      collector.busy();
      void (opening ?? Promise.resolve(null)).then(async (opened) => {
        const envelope = opened
          ? await opened.dispatch(message.operation, message.input)
          : { ok: false as const, error: { code: 'internal' as const, message: 'Steadyhand’s data is not open.' } };
        channel.send({ type: 'reply', id: message.id, envelope });
        collector.idle(opened?.db.settled());
      });
      return;
    case 'port-reply':
      requests.settle(message.id, message);
      return;
    case 'close':
      collector.stop();
      void (opening ?? Promise.resolve(null))
        .then((opened) => opened?.close())
        .catch((error: unknown) => log('Closing the data store failed.', error))
        .finally(() => {
          channel.send({ type: 'closed' });
          // Give the message a moment to leave before the process ends.
          setTimeout(() => process.exit(0), 50);
        });
      return;
  }
});

// A forked child whose host went away (the test or the shell ended without `close`): finish the writes and go,
// so no orphan keeps the data lock. (A utilityProcess is ended by Electron with its app.)
process.on('disconnect', () => {
  void (opening ?? Promise.resolve(null))
    .then((opened) => opened?.close())
    .catch((error: unknown) => log('Closing the data store failed.', error))
    .finally(() => process.exit(0));
});
