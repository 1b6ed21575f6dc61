/**
 * Serves the built site on 127.0.0.1 (Playwright's web server, local previews).
 * Usage: node scripts/serve.ts [dir=dist] [port=4329] [base=/]   (a site built with SITE_BASE=/x/ is served with base /x/)
 */
import { serveStatic } from './lib/static-server.ts';

const dir = process.argv[2] ?? 'dist';
const base = process.argv[4] ?? '/';
const { url } = await serveStatic(dir, Number(process.argv[3] ?? 4329), { base });
console.log(`serving ${dir} at ${url}${base.startsWith('/') ? '' : '/'}${base}`);
