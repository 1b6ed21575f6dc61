/**
 * Serves the built site on 127.0.0.1 (Playwright's web server, local previews).
 * Usage: node scripts/serve.ts [dir=dist] [port=4329]
 */
import { serveStatic } from './lib/static-server.ts';

const dir = process.argv[2] ?? 'dist';
const { url } = await serveStatic(dir, Number(process.argv[3] ?? 4329));
console.log(`serving ${dir} at ${url}/`);
