/** The marks of one timeline SVG, read once from the built markup into plain records. */

export interface MarkRecord {
  el: SVGGElement;
  /** The event's id, or null for a bin of several events. */
  event: string | null;
  start: string;
  end: string;
  places: readonly string[];
  /** Accessible name: date and title. */
  name: string;
  title: string;
  date: string;
  confidence: string | null;
}

/** The marks in date order (their `data-order`). */
export function readMarks(svg: SVGSVGElement): MarkRecord[] {
  return [...svg.querySelectorAll<SVGGElement>('.tl-mark')]
    .sort((a, b) => Number(a.dataset['order']) - Number(b.dataset['order']))
    .map((el) => ({
      el,
      event: el.dataset['event'] ?? null,
      start: el.dataset['start'] ?? '',
      end: el.dataset['end'] ?? '',
      places: (el.dataset['places'] ?? '').split(' ').filter(Boolean),
      name: el.getAttribute('aria-label') ?? '',
      title: el.dataset['title'] ?? '',
      date: el.dataset['date'] ?? '',
      confidence: el.dataset['confidence'] ?? null,
    }));
}
