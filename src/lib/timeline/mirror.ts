/**
 * Right-to-left timelines: a layout is computed left to right, then mirrored across the
 * vertical centre line, so the time axis (horizontal) runs from right to left, lane names
 * and the date gutter sit at the right (the inline start), and labels read towards the left.
 * Vertical timelines keep time running down.
 */
import type { Box, Label, TimelineModel } from './types.ts';

export function mirror(model: TimelineModel): TimelineModel {
  const W = model.width;
  const box = (b: Box): Box => ({ ...b, x: W - b.x - b.w });
  const text = (l: Label | null): Label | null => (l ? { ...l, box: box(l.box) } : null);
  const h = model.orientation === 'horizontal';
  return {
    ...model,
    direction: 'rtl',
    range: h ? [W - model.range[0], W - model.range[1]] : model.range,
    brush: box(model.brush),
    axis: { ...model.axis, direction: 'rtl' },
    ticks: model.ticks.map((tick) => ({ ...tick, position: h ? W - tick.position : tick.position, labelBox: tick.labelBox ? box(tick.labelBox) : null })),
    lanes: model.lanes.map((lane) => ({ ...lane, box: box(lane.box), label: text(lane.label) })),
    published: { ...model.published, box: box(model.published.box), label: text(model.published.label) },
    brackets: model.brackets.map((b) => ({ ...b, box: box(b.box), label: text(b.label) })),
    histogram: model.histogram
      ? {
          ...model.histogram,
          box: box(model.histogram.box),
          bars: model.histogram.bars.map((bar) => ({ ...bar, segments: bar.segments.map((s) => ({ ...s, ...box(s) })) })),
          titleLabel: text(model.histogram.titleLabel),
          noteLabel: text(model.histogram.noteLabel),
        }
      : null,
    marks: model.marks.map((mark) => ({ ...mark, box: box(mark.box), label: text(mark.label) })),
  };
}
