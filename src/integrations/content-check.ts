/**
 * Runs Sitrep's own content checks before Astro reads the collection, so an editor
 * sees every problem at once, located and explained, and never a stack trace.
 * In a build, any error stops it before anything is written. In `astro dev`, every change
 * to a report is checked again: problems go to the terminal, errors to the browser's overlay.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReportSource } from '../lib/check/check-report.ts';
import { checkReportDir } from '../lib/check/files.ts';
import { siteProblems } from '../lib/registry/check.ts';
import { readRegistry } from '../lib/registry/read.ts';
import { overlayError, type OverlayError } from '../lib/check/overlay.ts';
import { formatReport, type Problem } from '../lib/check/problem.ts';
import type { BodyMode } from '../lib/report/body-safety.ts';
import type { ReportContext } from '../lib/schema/context.ts';

export interface ContentCheckOptions {
  /** The reports' folder, relative to the project root. */
  dir: string;
  /** The context reports are read in (the shared registry). */
  context: ReportContext;
  /** What a body may use of MDX (sitrep.config.json). */
  mdx: BodyMode;
}

export function contentCheck(options: ContentCheckOptions): AstroIntegration {
  const load = { mdx: options.mdx };
  let root = process.cwd();
  let dir = '';
  /** Problems by file (relative to the root), kept up to date in dev. */
  const current = new Map<string, Problem[]>();
  return {
    name: 'sitrep:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        dir = resolve(root, options.dir);
        const results = checkReportDir(dir, root, options.context, load);
        for (const r of results) current.set(r.file, r.problems);
        // The registry's own problems, and drift between it and the reports (docs/registry.md).
        const site = siteProblems(results, readRegistry(undefined, root));
        for (const p of site) current.set(p.file, [...(current.get(p.file) ?? []), p]);
        const problems = [...results.flatMap((r) => r.problems), ...site];
        const errors = problems.filter((p) => p.severity === 'error');
        if (problems.length === 0) {
          logger.info(`${results.length} report${results.length === 1 ? '' : 's'} checked: no problems`);
          return;
        }
        const text = formatReport(problems, results.length);
        if (errors.length > 0 && command === 'build') {
          process.stderr.write(`\nThe content has problems; nothing was built.\n\n${text}\n\n`);
          process.exit(1);
        }
        (errors.length > 0 ? logger.error : logger.warn).call(logger, `\n${text}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const absolute = (file: string) => (isAbsolute(file) ? file : resolve(root, file));
        const read = (file: string) => (existsSync(absolute(file)) ? readFileSync(absolute(file), 'utf8') : undefined);
        const overlay = (): OverlayError | undefined => overlayError([...current.values()].flat(), absolute, read);
        const recheck = (path: string, removed = false) => {
          if (!/\.mdx?$/.test(path) || relative(dir, path).startsWith('..')) return;
          const file = relative(root, path);
          if (removed) current.delete(file);
          else current.set(file, checkReportSource(file, readFileSync(path, 'utf8'), options.context, load).problems);
          const problems = current.get(file) ?? [];
          if (problems.length === 0) logger.info(`${file}: no problems`);
          else (problems.some((p) => p.severity === 'error') ? logger.error : logger.warn).call(logger, `\n${formatReport(problems, 1)}`);
          const err = overlay();
          if (err) server.hot.send({ type: 'error', err });
        };
        server.watcher.on('change', (path) => recheck(path));
        server.watcher.on('add', (path) => recheck(path));
        server.watcher.on('unlink', (path) => recheck(path, true));
        // A page reload opens a new connection: show the overlay again while errors remain.
        server.hot.on('vite:client:connect', (_data, client) => {
          const err = overlay();
          if (err) client.send({ type: 'error', err });
        });
      },
    },
  };
}
