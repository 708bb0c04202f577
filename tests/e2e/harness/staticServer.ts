// Serves the built renderer over http://127.0.0.1 (module scripts do not load from file:// in Chromium), with the
// app's own path rule, content types and Content-Security-Policy (electron/protocol.ts), so the page meets the
// same rules as under app://.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { rendererHeaders, resolveAppPath } from '../../../electron/protocol';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const file = resolveAppPath(root, new URL(request.url ?? '/', 'http://x').pathname);
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, rendererHeaders(file)).end(body),
      () => response.writeHead(404).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
