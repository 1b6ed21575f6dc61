import { reportTemplate } from '../../../../src/lib/editor/template.ts';

/** A new report (from the editor's template) covering `start`..`end`. */
export function editorTemplateFor(start: string, end: string): string {
  return reportTemplate({ title: 'Imported', today: start }).replace(`period: { start: ${start}, end: ${start} }`, `period: { start: ${start}, end: ${end} }`);
}
