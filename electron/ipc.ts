// The IPC handlers: each checks the sender is our own page; `invoke` hands the call to the core's dispatcher.
import type { IpcMain } from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_READY_TO_CLOSE_CHANNEL } from '../shared/bridge';
import type { Dispatch } from './core/dispatcher';
import { isTrustedSender } from './security';

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, devServerUrl?: string): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, operation: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) {
      return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Steadyhand’s own window.' } };
    }
    return dispatch(operation, input);
  });
}

/** The page's one-way "my pending saves are done" answer to `app-closing`; other senders are ignored. */
export function registerReadyToClose(ipcMain: Pick<IpcMain, 'on'>, onReady: (requestId: string) => void, devServerUrl?: string): void {
  ipcMain.on(IPC_READY_TO_CLOSE_CHANNEL, (event, requestId: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl) || typeof requestId !== 'string') return;
    onReady(requestId);
  });
}
