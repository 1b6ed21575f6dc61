/**
 * `npm run build`: builds the site into a staging folder and moves it to `dist/` only when
 * the whole build succeeded, so a failed build never leaves a half-written `dist/` for a
 * deploy step to pick up (a failed build removes `dist/` altogether).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.env['SITREP_DIST'] ?? 'dist');
const staging = `${out}.staging`;
rmSync(staging, { recursive: true, force: true });

const started = performance.now();
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, SITREP_OUT_DIR: staging },
});
const ok = astro.status === 0 && existsSync(resolve(staging, 'index.html'));

rmSync(out, { recursive: true, force: true });
if (!ok) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published (${out} removed).`);
  process.exit(astro.status || 1);
}
renameSync(staging, out);
console.log(`Built ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
