// The one IPC handler: checks the sender is our own page, then hands the call to the core's dispatcher.
import type { IpcMain } from 'electron';
import { IPC_INVOKE_CHANNEL } from '../shared/bridge';
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
