// The core process's one line to its host, whichever started it: Electron's `process.parentPort` in a
// utilityProcess, or Node's `process.send` in a `child_process.fork` (tests, the Chromium shell, the bench).
// One small adapter, so what the tests run is what ships.
import type { CoreToHost, HostToCore } from './protocol';

export interface ParentChannel {
  send(message: CoreToHost): void;
  onMessage(listener: (message: HostToCore) => void): void;
}

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export function parentChannel(proc: NodeJS.Process = process): ParentChannel {
  const port = (proc as unknown as { parentPort?: ParentPort }).parentPort;
  if (port) {
    return {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (event) => listener(event.data as HostToCore)),
    };
  }
  if (typeof proc.send === 'function') {
    return {
      send: (message) => {
        // The host may be gone (it crashed or quit): nothing is left to tell.
        if (proc.connected) proc.send!(message);
      },
      onMessage: (listener) => proc.on('message', (message) => listener(message as HostToCore)),
    };
  }
  throw new Error('The Steadyhand core process must be started by its host (a utilityProcess or a forked child).');
}
