// The core's ports that only the host can serve (native dialogs; print, PDF and clipboard), reached by a
// request to the host and its reply. The core awaits them like any other port.
import type { DialogPort } from '../backups/handlers';
import type { DocumentOutputPort } from '../summaries/documentOutput';
import type { ParentChannel } from './parentChannel';
import type { PortName } from './protocol';

export interface PortRequests {
  request(port: PortName, method: string, args: unknown[]): Promise<unknown>;
  /** The host's answer to a request. */
  settle(id: number, reply: { ok: true; value: unknown } | { ok: false; message: string }): void;
}

export function portRequests(channel: ParentChannel): PortRequests {
  let nextId = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  return {
    request(port, method, args) {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        channel.send({ type: 'port-request', id, port, method, args });
      });
    },
    settle(id, reply) {
      const waiter = waiting.get(id);
      if (!waiter) return;
      waiting.delete(id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new Error(reply.message));
    },
  };
}

export function dialogsProxy(requests: PortRequests): DialogPort {
  return {
    chooseSavePath: (options) => requests.request('dialogs', 'chooseSavePath', [options]) as Promise<string | null>,
    chooseOpenPath: (options) => requests.request('dialogs', 'chooseOpenPath', [options]) as Promise<string | null>,
  };
}

export function documentOutputProxy(requests: PortRequests): DocumentOutputPort {
  return {
    printHtml: (html, paper) => requests.request('documents', 'printHtml', [html, paper]) as Promise<boolean>,
    pdfFromHtml: async (html, paper) => new Uint8Array((await requests.request('documents', 'pdfFromHtml', [html, paper])) as Uint8Array),
    copyText: async (text) => {
      await requests.request('documents', 'copyText', [text]);
    },
  };
}

/** The methods a host answers, by port: anything else is refused, whatever the message says. */
export const PORT_METHODS: Readonly<Record<PortName, readonly string[]>> = {
  dialogs: ['chooseSavePath', 'chooseOpenPath'],
  documents: ['printHtml', 'pdfFromHtml', 'copyText'],
};
