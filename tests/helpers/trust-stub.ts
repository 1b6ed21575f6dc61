/**
 * A stub web on 127.0.0.1 for the archive and links commands' tests: it plays the Internet Archive's Save
 * Page Now (`/save/<url>`) and, for `npm run links --endpoint`, every host of the fixture's sources
 * (`/<url>`). Nothing leaves the machine. Each request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (target: string, req: IncomingMessage, res: ServerResponse) => void;

export interface Stub {
  url: string;
  requests: { method: string; path: string }[];
  close: () => Promise<void>;
}

export async function startStub(handler: Handler): Promise<Stub> {
  const requests: Stub['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path });
    handler(decodeURI(path.slice(1)), req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (taken, then freed). */
export async function closedPort(): Promise<string> {
  const stub = await startStub(() => undefined);
  await stub.close();
  return stub.url;
}
