/**
 * Steps: what the reading stage (map and timeline) shows while one paragraph is read. An editor
 * writes one before a paragraph, `::step{places="al-tanf,al-omar" zoom=8 range="2023-10-17..2023-11-09"
 * layers="axes" highlight="event:us-strikes-2023-10-26"}`; a paragraph without one is shown through its
 * own references. This module reads a step's attributes, checks them against the report (every problem
 * with a fix), and resolves the step into plain data the browser reads from the paragraph.
 */
import type { Paragraph, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Report } from '../schema/report.ts';
import { dateBounds } from '../schema/references.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/** The attributes a step may carry. */
export const STEP_ATTRIBUTES = ['places', 'zoom', 'range', 'layers', 'highlight'] as const;

/** Kinds a `highlight` may name (`kind:id`). */
const HIGHLIGHT_KINDS = { place: 'places', actor: 'actors', event: 'events', axis: 'axes', tally: 'tallies' } as const;
type HighlightKind = keyof typeof HIGHLIGHT_KINDS;

/** The zoom levels a step may ask for (web-map zoom: 3 is a region of countries, 12 a town). */
export const ZOOM = { min: 3, max: 12 } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A step resolved against the report: plain JSON for the paragraph's `data-step`. */
export interface Step {
  /** Places the map frames (ids). */
  places: string[];
  /** The map's zoom, or the most it may zoom in when framing several places. */
  zoom?: number;
  /** The dates the timeline frames, inclusive. */
  range?: { start: string; end: string };
  /** Layers the map shows (legend keys: `axes`, `shipments`, `areas`, `kind:<kind>`, `overlay:<id>`). */
  layers: string[];
  /** Items brought forward (`event:<id>`, `axis:<id>` ...), besides the places. */
  highlight: string[];
  /** Events the step speaks of: those highlighted and those within its range (the timeline marks them). */
  events: string[];
}

export interface StepProblem {
  /** The attribute at fault (or '' for the step as a whole). */
  attribute: string;
  message: string;
  fix: string;
}

const list = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function realDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The layer keys a report's map can show. */
export function layerKeys(report: Pick<Report, 'places' | 'axes' | 'shipments' | 'overlays'>): string[] {
  const keys = [...new Set(report.places.map((p) => `kind:${p.kind}`))];
  if (report.axes.length > 0) keys.push('axes');
  if (report.shipments.length > 0) keys.push('shipments');
  if (report.places.some((p) => p.precision !== 'exact')) keys.push('areas');
  for (const o of report.overlays) keys.push(`overlay:${o.id}`);
  return keys;
}

type StepReport = Pick<Report, 'places' | 'actors' | 'events' | 'axes' | 'tallies' | 'shipments' | 'overlays'>;

/**
 * Reads a step's attributes. Returns the resolved step and every problem found (unknown attributes,
 * unknown ids with a "did you mean", a zoom out of range, a range that is not two real days in order).
 */
export function readStep(attributes: Record<string, string | null | undefined>, report: StepReport): { step: Step; problems: StepProblem[] } {
  const problems: StepProblem[] = [];
  const step: Step = { places: [], layers: [], highlight: [], events: [] };

  for (const name of Object.keys(attributes)) {
    if ((STEP_ATTRIBUTES as readonly string[]).includes(name)) continue;
    const guess = didYouMean(name, STEP_ATTRIBUTES);
    problems.push({ attribute: name, message: `unknown step attribute '${name}'`, fix: guess ? `did you mean '${guess}'?` : `use ${STEP_ATTRIBUTES.join(', ')}` });
  }

  const placeIds = report.places.map((p) => p.id);
  for (const id of list(attributes['places'])) {
    if (placeIds.includes(id)) step.places.push(id);
    else problems.push(unknown('places', 'place', id, placeIds));
  }

  const zoom = attributes['zoom'];
  if (zoom !== undefined && zoom !== null) {
    const value = Number(zoom);
    if (zoom.trim() === '' || !Number.isFinite(value) || value < ZOOM.min || value > ZOOM.max) {
      problems.push({ attribute: 'zoom', message: `zoom '${zoom}' is not a zoom level`, fix: `use a number from ${ZOOM.min} (a region) to ${ZOOM.max} (a town)` });
    } else step.zoom = value;
  }

  const range = attributes['range'];
  if (range !== undefined && range !== null) {
    const [start = '', end = start] = range.split('..').map((d) => d.trim());
    if (!realDay(start) || !realDay(end)) problems.push({ attribute: 'range', message: `range '${range}' is not a date or two dates`, fix: 'write range="2023-10-17..2023-11-09" (YYYY-MM-DD, inclusive) or one day' });
    else if (start > end) problems.push({ attribute: 'range', message: `range '${range}' ends before it starts`, fix: `write range="${end}..${start}"` });
    else step.range = { start, end };
  }

  const layers = layerKeys(report);
  for (const key of list(attributes['layers'])) {
    if (layers.includes(key)) step.layers.push(key);
    else {
      const guess = didYouMean(key, layers);
      problems.push({ attribute: 'layers', message: `unknown layer '${key}'`, fix: guess ? `did you mean '${guess}'?` : `this report's layers: ${layers.join(', ')}` });
    }
  }

  for (const item of list(attributes['highlight'])) {
    const [kind = '', id = ''] = item.split(':');
    if (!(kind in HIGHLIGHT_KINDS)) {
      const guess = didYouMean(kind, Object.keys(HIGHLIGHT_KINDS));
      problems.push({ attribute: 'highlight', message: `'${item}' is not kind:id`, fix: guess && id ? `did you mean '${guess}:${id}'?` : `write ${Object.keys(HIGHLIGHT_KINDS).join(', ')} then ':' and the id, e.g. event:${report.events[0]?.id ?? 'some-event'}` });
      continue;
    }
    const ids = report[HIGHLIGHT_KINDS[kind as HighlightKind]].map((x) => x.id);
    if (ids.includes(id)) step.highlight.push(`${kind}:${id}`);
    else problems.push(unknown('highlight', kind, id, ids));
  }

  const events = new Set(step.highlight.filter((h) => h.startsWith('event:')).map((h) => h.slice(6)));
  if (step.range) {
    const { start, end } = step.range;
    for (const e of report.events) {
      const b = dateBounds(e.date);
      if (b && b.start <= end && b.end >= start) events.add(e.id);
    }
  }
  step.events = [...events];

  if (problems.length === 0 && step.places.length === 0 && !step.range && step.layers.length === 0 && step.highlight.length === 0 && step.zoom === undefined) {
    problems.push({ attribute: '', message: 'this step names nothing to show', fix: 'add places="...", range="...", layers="..." or highlight="kind:id"' });
  }
  return { step, problems };
}

function unknown(attribute: string, kind: string, id: string, ids: string[]): StepProblem {
  const guess = didYouMean(id, ids);
  return { attribute, message: `unknown ${kind} '${id}' in ${attribute}="..."`, fix: guess ? `did you mean '${guess}'?` : `use one of: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ' …' : ''}` };
}

/** A step as the attribute the paragraph carries (compact JSON; the page escapes it). */
export function stepAttribute(step: Step): string {
  return JSON.stringify(step);
}

/** A problem with a step, at the directive's position in the file. */
export interface StepIssue {
  line: number;
  column: number;
  message: string;
  fix: string;
  rule: 'bad-step' | 'unknown-block';
}

/** The steps of a body tree: each `::step` directive, the paragraph it is for, and every problem. */
export interface BodySteps {
  directives: LeafDirective[];
  steps: Map<Paragraph, Step>;
  issues: StepIssue[];
}

/**
 * Reads the `::step` directives at the top level of a body (mdast with directives). A step applies to
 * the paragraph right after it (an editors' note may stand between); a step with no paragraph after it,
 * two steps in a row, and any other block directive (`::stpe`) are problems.
 */
export function bodySteps(tree: Root, report: StepReport | undefined): BodySteps {
  const out: BodySteps = { directives: [], steps: new Map(), issues: [] };
  const issue = (node: LeafDirective, message: string, fix: string, rule: StepIssue['rule'] = 'bad-step'): void => {
    out.issues.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message, fix, rule });
  };
  let pending: LeafDirective | undefined;
  for (const node of tree.children) {
    if (node.type === 'leafDirective') {
      out.directives.push(node);
      if (node.name !== 'step') {
        const guess = didYouMean(node.name, ['step']);
        issue(node, `unknown directive '::${node.name}'`, guess ? `did you mean '::${guess}'?` : 'the only block directive of this kind is ::step{...}', 'unknown-block');
        continue;
      }
      if (pending) issue(pending, 'two steps in a row', 'a step applies to the paragraph right after it: remove one');
      pending = node;
      continue;
    }
    if (!pending || node.type === 'containerDirective') continue;
    if (node.type === 'paragraph' && report) {
      const { step, problems } = readStep(pending.attributes ?? {}, report);
      for (const p of problems) issue(pending, `::step ${p.message}`, p.fix);
      if (problems.length === 0) out.steps.set(node, step);
    } else if (node.type !== 'paragraph') issue(pending, 'a step must stand right before the paragraph it is for', 'move it to the line before that paragraph, with a blank line between');
    pending = undefined;
  }
  if (pending) issue(pending, 'this step has no paragraph after it', 'move it before the paragraph it is for, or remove it');
  return out;
}
