/**
 * The build's guard on what a report's body may run: unless the site opts in to full MDX
 * (`"mdx": "full"` in sitrep.config.json), every `import`, `export`, `{expression}`, unknown
 * component and `javascript:`/`data:` link is a fatal message at its position (rule
 * `sitrep:body-code` ...), so nothing is compiled, evaluated or published. Runs first; the same
 * rules as `npm run check` (src/lib/report/body-safety.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodySafetyIssues } from '../lib/report/body-safety.ts';
import type { SitrepPluginOptions } from './report-of-file.ts';

export function remarkSafeBody(options: SitrepPluginOptions = {}) {
  return (tree: Root, file: VFile): void => {
    for (const issue of bodySafetyIssues(tree, options.mdx ?? 'safe')) {
      const message = file.message(`${issue.message}; ${issue.fix}`, { place: { line: issue.line, column: issue.column }, ruleId: issue.rule, source: 'sitrep' });
      message.fatal = true;
    }
  };
}
