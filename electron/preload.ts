// The only bridge into the page: `window.steadyhand.invoke(operation, input)`, `onEvent(listener)` and `readyToClose(requestId)`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, type Bridge, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_READY_TO_CLOSE_CHANNEL } from '../shared/bridge';
import type { AppEvent } from '../shared/events';
import type { Envelope } from '../shared/envelope';

const bridge: Bridge = {
  invoke: (operation, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, operation, input) as Promise<Envelope<unknown>>,
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
  readyToClose: (requestId) => ipcRenderer.send(IPC_READY_TO_CLOSE_CHANNEL, String(requestId)),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
