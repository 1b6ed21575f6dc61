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
  // Symbols that stay on their points are obstacles; each moved one is set where it keeps clearest of them.
  const obstacles = crowds.flatMap(([first]) => (first ? [{ x: first.x, y: first.y }] : []));
  for (const [first, ...others] of crowds) {
    if (!first) continue;
    nudges.set(first.id, { dx: 0, dy: 0, moved: false });
    for (const point of others) {
      const spot = clearestSpot(first, obstacles, ring);
      obstacles.push(spot);
      nudges.set(point.id, { dx: round1(spot.x - point.x), dy: round1(spot.y - point.y), moved: true });
    }
  }
  return nudges;
}

/** The first spot around `centre` (12 directions, widening rings) at least `ring` px from every obstacle. */
function clearestSpot(centre: ScreenPoint, obstacles: readonly { x: number; y: number }[], ring: number): { x: number; y: number } {
  let best = { x: centre.x, y: centre.y - ring, clearance: -1 };
  for (const r of [ring, ring * 1.6, ring * 2.2]) {
    for (let k = 0; k < 12; k++) {
      const angle = -Math.PI / 2 + (k * Math.PI) / 6;
      const x = centre.x + r * Math.cos(angle);
      const y = centre.y + r * Math.sin(angle);
      const clearance = Math.min(...obstacles.map((o) => Math.hypot(o.x - x, o.y - y)));
      if (clearance >= ring) return { x, y };
      if (clearance > best.clearance) best = { x, y, clearance };
    }
  }
  return { x: best.x, y: best.y };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
