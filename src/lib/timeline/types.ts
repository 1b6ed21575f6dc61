/**
 * The timeline's types, in a file of their own so that every module can use them and none
 * imports another for its types alone: the model imports the layouts, the layouts import
 * these types (never the model), and nothing points back.
 */
import type { DatePrecision } from '../schema/common.ts';
import type { Report } from '../schema/report.ts';

export type Orientation = 'horizontal' | 'vertical';
/** The direction of the report's language: `rtl` runs the time axis from right to left. */
export type Direction = 'ltr' | 'rtl';
/** `full` holds every label it can; `compact` is a strip of about 150 units for under a map. */
export type Variant = 'full' | 'compact';

/** What the timeline reads of a report. */
export type TimelineInput = Pick<Report, 'title' | 'events' | 'places' | 'actors' | 'tallies' | 'period' | 'published'>;

export interface TimelineOptions {
  orientation?: Orientation;
  /** `compact` only applies to the horizontal orientation. */
  variant?: Variant;
  /** Width of the SVG's viewBox. */
  width?: number;
  /** Above this many events, marks bin per lane and day or week. */
  denseThreshold?: number;
  /** The locale of every string the timeline writes (catalogue, dates, numbers, country names). */
  locale?: string;
  direction?: Direction;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block of text: its lines (wrapped, never shortened) and the box they fill. */
export interface Label {
  lines: string[];
  box: Box;
}

/** The broad kind of a lane; its events and its name follow from the report's data. */
export type LaneKind = 'violence' | 'unrest' | 'developments' | 'context';

export interface Lane {
  /** `violence-<actor id>`, `violence-other`, `violence-unknown`, `unrest`, `developments` or `context`. */
  id: string;
  kind: LaneKind;
  /** As readers see it beside the lane and in the legend. */
  name: string;
  /** Colour of the lane's marks (SVG paint). */
  color: string;
}

/** One thing to draw on the timeline, before layout: an event, or a bin of several. */
export interface Item {
  /** Event id, or `bin-<lane>-<start>` for a bin of several events. */
  key: string;
  /** Ids of the events the mark stands for. */
  events: string[];
  lane: string;
  shape: 'day' | 'range' | 'bin';
  /** How exactly the dates are known; anything but `day` is drawn with faded ends. */
  precision: DatePrecision;
  start: string;
  end: string;
  /** Accessible name, e.g. `26 October 2023: U.S. airstrikes against Iranian militias in Deir ez-Zor`. */
  name: string;
  title: string;
  /** The visible label's text (the title, with a total where the sources give one). */
  text: string;
  dateText: string;
  confidence: string;
  places: string[];
  count: number;
}

/** An item placed on the timeline. */
export interface Mark extends Item {
  /** Position in date order (keyboard navigation). */
  order: number;
  /** The mark's extent: a day's cell, a range bar, or a bin. */
  box: Box;
  /** The range begins before / ends after the drawn period. */
  clipStart: boolean;
  clipEnd: boolean;
  /** Null when the label found no room: the name shows on hover and focus, and in the table. */
  label: Label | null;
}

/** A count over its period (a tally), drawn as a bracket with its full label. */
export interface Bracket {
  key: string;
  /** Accessible name: the label and the period. */
  name: string;
  text: string;
  start: string;
  end: string;
  /** The bracket's extent along the time axis, and across it the bracket's own thickness. */
  box: Box;
  clipStart: boolean;
  clipEnd: boolean;
  label: Label | null;
}

/** The publication date: a day, or the range it is known to. */
export interface Published {
  name: string;
  start: string;
  end: string;
  approximate: boolean;
  /**
   * Whether the publication date falls within the timeline's range (the report's period). It never widens the
   * range: a report published long after the events it covers shows no band, and its legend no key.
   */
  shown: boolean;
  /** A faint band across the plot (clipped to the range; empty when not shown). */
  box: Box;
  label: Label | null;
}

export interface HistogramView {
  unit: 'day' | 'week';
  title: string;
  /** Accessible name of the whole histogram. */
  name: string;
  countries: { code: string; name: string }[];
  max: number;
  box: Box;
  bars: { start: string; end: string; name: string; segments: (Box & { country: number })[] }[];
  /** Incidents the sources count only over longer periods (drawn as ranges, not bars). */
  unbinned: number;
  note: string | null;
  /** Where the title and the note sit (horizontal layouts); null where they are not drawn. */
  titleLabel: Label | null;
  noteLabel: Label | null;
}

export interface Tick {
  day: string;
  position: number;
  label: string;
  /** Month starts get a stronger rule. */
  major: boolean;
  /** Where the tick's label sits; null when it has no room (the rule stays). */
  labelBox: Box | null;
}

export interface LaneView extends Lane {
  box: Box;
  /** The lane's name beside it (horizontal layouts); the legend names it otherwise. */
  label: Label | null;
}

/** How an axis lays out its ticks; written into the SVG so that the browser can redraw them. */
export interface AxisSpec {
  orientation: Orientation;
  direction: Direction;
  locale: string;
  width: number;
  /** The time axis' extent as drawn left to right (or top to bottom): [from, to], from < to. */
  extent: [number, number];
  /** Least room between ticks. */
  minGap: number;
  /** Horizontal: the labels' top and the span they must stay in. Vertical: the gutter's x and width, and the span. */
  at: number;
  size: number;
  bounds: [number, number];
}

export interface TimelineModel {
  orientation: Orientation;
  variant: Variant;
  direction: Direction;
  locale: string;
  width: number;
  height: number;
  /** The drawn period, inclusive. */
  domain: { start: string; end: string };
  /**
   * The time axis' extent in SVG units: where the domain starts and where it ends, along x
   * (horizontal; `from > to` when the axis runs right to left) or y (vertical).
   */
  range: [number, number];
  /** Where a drag picks a date range: the whole plot (horizontal) or the date gutter (vertical). */
  brush: Box;
  /** How the ticks were laid out, so that the browser redraws them the same way on zoom. */
  axis: AxisSpec;
  dense: boolean;
  ticks: Tick[];
  lanes: LaneView[];
  published: Published;
  brackets: Bracket[];
  histogram: HistogramView | null;
  marks: Mark[];
  /** Marks the layout had to leave without a visible label. */
  thinned: number;
}

/** Font size of labels, in SVG units. */
export const FONT = 11;
/** Line height of labels. */
export const LINE = 13;
/** Font size of small text: ticks, lane names, the publication date, brackets. */
export const SMALL = 10;
/** Line height of small text. */
export const SMALL_LINE = 12;
