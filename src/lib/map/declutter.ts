/**
 * Decluttering for markers that share (or nearly share) a spot on screen: the first of each
 * crowd stays on its point and the others are set around it on a small ring, so every marker
 * stays visible, clickable and reachable (Deir ez-Zor city and its two regions share one point).
 */

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Nudge {
  dx: number;
  dy: number;
  /** Whether the marker was moved off its point (draw a leader line). */
  moved: boolean;
}

/**
 * `points` in priority order (the first of a crowd keeps its place). Points closer than
 * `radius` pixels to a crowd's first point join the crowd; the rest of the crowd is spread on
 * a ring of at least `ring` pixels.
 */
export function declutter(points: readonly ScreenPoint[], radius = 12, ring = 16): Map<string, Nudge> {
  const crowds: ScreenPoint[][] = [];
  for (const point of points) {
    const crowd = crowds.find(([first]) => first !== undefined && Math.hypot(first.x - point.x, first.y - point.y) < radius);
    if (crowd) crowd.push(point);
    else crowds.push([point]);
  }
  const nudges = new Map<string, Nudge>();
  for (const [first, ...others] of crowds) {
    if (!first) continue;
    nudges.set(first.id, { dx: 0, dy: 0, moved: false });
    const r = Math.max(ring, (others.length * 14) / (2 * Math.PI));
    others.forEach((point, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length + (others.length === 2 ? Math.PI / 4 : 0);
      const tx = first.x + r * Math.cos(angle);
      const ty = first.y + r * Math.sin(angle);
      nudges.set(point.id, { dx: round1(tx - point.x), dy: round1(ty - point.y), moved: true });
    });
  }
  return nudges;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
