/**
 * The report model: how a report file is read (`loadReport`), the context it is read in (the
 * shared registry), and the located problems reading it can find. Everything that reads a report
 * goes through here; see load.ts.
 */
export { loadReport, reportBlocks, type LoadedReport, type LoadOptions } from './load.ts';
export { EMPTY_CONTEXT, createContext, type Registry, type ReportContext } from '../schema/context.ts';
export { createReportSchema, type Report } from '../schema/report.ts';
export { formatPath, type Locate, type Position, type Problem, type Severity } from './problem.ts';
export { SITREP_COMPONENTS, isAllowedBodyUrl, type BodyMode } from './body-safety.ts';
export { authorText, phrasingText, textBlocks, type TextBlock } from './rendered-text.ts';
