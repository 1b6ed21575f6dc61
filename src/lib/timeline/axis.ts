/**
 * The time axis' ticks and their labels, for the build and for the browser (which redraws
 * them on zoom with the same code, so the picture before and after a round trip is the
 * same). Labels are placed left to right, then mirrored for a right-to-left axis.
 */
import { textWidth } from './measure.ts';
import { clampSpan } from './placement.ts';
import { dayScale, tickFormat, ticks } from './scale.ts';
import { SMALL, SMALL_LINE, type AxisSpec, type Tick } from './types.ts';
import type { TickSpec } from './scale.ts';

/** Ticks over the visible days [first, last] (inclusive). */
export function axisTicks(first: string, last: string, spec: AxisSpec): Tick[] {
  const scale = dayScale(first, last, spec.extent[0], spec.extent[1]);
  const specs = ticks(scale, spec.minGap, tickFormat(spec.locale));
  const laid = spec.orientation === 'horizontal' ? horizontalTickLabels(specs, spec.at, spec.bounds[0], spec.bounds[1]) : verticalTickLabels(specs, spec.at, spec.size, spec.bounds[0], spec.bounds[1]);
  if (spec.direction === 'ltr') return laid;
  const W = spec.width;
  const h = spec.orientation === 'horizontal';
  return laid.map((tick) => ({ ...tick, position: h ? W - tick.position : tick.position, labelBox: tick.labelBox ? { ...tick.labelBox, x: W - tick.labelBox.x - tick.labelBox.w } : null }));
}

/** The widest tick label a vertical axis may show over [first, last], to size its gutter. */
export function gutterWidth(first: string, last: string, extent: [number, number], minGap: number, locale: string): number {
  const specs = ticks(dayScale(first, last, extent[0], extent[1]), minGap, tickFormat(locale));
  return Math.ceil(Math.max(24, ...specs.map((s) => textWidth(s.label, SMALL))));
}

/**
 * Tick labels along a horizontal axis: each starts just after its rule, or ends just before it
 * when it would pass the right edge; a label that would overlap the one before it, or leave
 * [from, to], is left out (its rule stays).
 */
export function horizontalTickLabels(specs: readonly TickSpec[], y: number, from: number, to: number): Tick[] {
  let last = -Infinity;
  return specs.map((spec) => {
    const w = textWidth(spec.label, SMALL);
    let x = spec.position + 3;
    if (x + w > to) x = spec.position - 3 - w;
    const fits = x >= from && x + w <= to && x >= last + 6;
    if (fits) last = x + w;
    return { ...spec, labelBox: fits ? { x, y, w, h: SMALL_LINE } : null };
  });
}

/** Tick labels down a vertical axis, in a gutter of `gutter` units from `x`: centred on their rule, thinned when they would touch. */
export function verticalTickLabels(specs: readonly TickSpec[], x: number, gutter: number, from: number, to: number): Tick[] {
  let last = -Infinity;
  return specs.map((spec) => {
    const w = textWidth(spec.label, SMALL);
    const y = clampSpan(spec.position - SMALL_LINE / 2, SMALL_LINE, from, to);
    const fits = w <= gutter && y >= last + 2;
    if (fits) last = y + SMALL_LINE;
    return { ...spec, labelBox: fits ? { x: x + gutter - w, y, w, h: SMALL_LINE } : null };
  });
}

