/**
 * A small static file server for the built site (tests, benchmarks, previews), bound to 127.0.0.1.
 * Like a production static host, it gzips text when the browser accepts it, serves the site's `404.html`
 * (status 404) for an address with no file, and can serve the site under a base path
 * (`base: '/field-reports/'`: nothing outside it exists), as GitHub Pages does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml)|image\/svg)/;

/** Serves `dir` at `port` (0: any free port) below `base` (`/` by default); resolves once it listens. */
export async function serveStatic(dir: string, port = 0, options: { base?: string } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const send = (req: IncomingMessage, res: ServerResponse, status: number, path: string, body: Buffer) => {
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(body));
    } else {
      res.writeHead(status, { 'content-type': type }).end(body);
    }
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      try {
        if (!url.pathname.startsWith(base)) throw new Error('outside the base');
        let path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length - 1))));
        if (path !== root && !path.startsWith(root + sep)) return void res.writeHead(403).end();
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        send(req, res, 200, path, await readFile(path));
      } catch {
        try {
          send(req, res, 404, '404.html', await readFile(join(root, '404.html')));
        } catch {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        }
      }
    })();
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) };
}
