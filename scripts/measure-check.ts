/**
 * Measures how long `npm run check` takes against `npm run build` (median of several runs,
 * wall-clock, the same Node). Usage: node scripts/measure-check.ts [check runs] [build runs]
 */
import { spawnSync } from 'node:child_process';

const checkRuns = Number(process.argv[2] ?? 7);
const buildRuns = Number(process.argv[3] ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(args: string[], runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (result.status !== 0 && args[0] !== 'scripts/check.ts') throw new Error(`${args.join(' ')} failed`);
    return performance.now() - start;
  });
}

const check = time(['scripts/check.ts'], checkRuns);
const build = time(['node_modules/astro/bin/astro.mjs', 'build'], buildRuns);
const ms = (v: number) => `${Math.round(v)} ms`;
console.log(`check: median ${ms(median(check))} over ${checkRuns} runs (${check.map(ms).join(', ')})`);
console.log(`build: median ${ms(median(build))} over ${buildRuns} runs (${build.map(ms).join(', ')})`);
console.log(`check takes ${((100 * median(check)) / median(build)).toFixed(1)}% of a build`);
