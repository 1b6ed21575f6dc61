/**
 * Runs Sitrep's own content checks before Astro reads the collection, so an editor
 * sees every problem at once, located and explained, and never a stack trace.
 * In a build, any error stops it before anything is written.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReportDir } from '../lib/check/files.ts';
import { formatReport } from '../lib/check/problem.ts';

export function contentCheck(options: { dir: string }): AstroIntegration {
  return {
    name: 'sitrep:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const results = checkReportDir(resolve(root, options.dir), root);
        const problems = results.flatMap((r) => r.problems);
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
    },
  };
}
