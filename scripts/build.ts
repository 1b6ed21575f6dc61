/**
 * `npm run build`: builds the site into a staging folder and moves it to `dist/` only when
 * the whole build succeeded, so a failed build never leaves a half-written `dist/` for a
 * deploy step to pick up (a failed build removes `dist/` altogether).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * One build at a time per checkout: Astro keeps generated modules in .astro/ and its content store in
 * node_modules/.astro/, shared by every build of this folder, so two builds at once (tests run in
 * parallel) could mix each other's content. A lock folder (atomic mkdir) holding the owner's pid.
 */
const LOCK = resolve('node_modules/.sitrep-build.lock');
function lock(): void {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(resolve(LOCK, 'pid'), 'utf8'));
      } catch {
        // The owner has not written its pid yet.
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() - started > 600_000) throw new Error(`another build has held ${LOCK} for 10 minutes`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
lock();
process.on('exit', () => rmSync(LOCK, { recursive: true, force: true }));

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
