/**
 * Areas on the Leaflet map: regions as soft areas (a radial fade, no ring), and the uncertainty circles of
 * approximate places, hidden at the first zoom and faint closer in. The areas of the places in play (chosen,
 * pointed at, or read about) are drawn stronger, with their edge.
 */
import L from 'leaflet';
import type { MapModel } from '../../lib/map/model.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The soft fill regions use: a radial gradient in a tiny SVG of the live map's own. */
function softFill(host: HTMLElement): void {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'map-defs');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  const gradient = document.createElementNS(SVG, 'radialGradient');
  gradient.id = 'map-soft-area-live';
  for (const [offset, opacity] of [['0', '0.22'], ['0.6', '0.14'], ['1', '0']] as const) {
    const stop = document.createElementNS(SVG, 'stop');
    stop.setAttribute('offset', offset);
    stop.setAttribute('stop-color', '#9a7b4f');
    stop.setAttribute('stop-opacity', opacity);
    gradient.append(stop);
  }
  const defs = document.createElementNS(SVG, 'defs');
  defs.append(gradient);
  svg.append(defs);
  host.append(svg);
}

export interface Areas {
  /** Draws the areas of these places stronger (the rest as they are). */
  emphasise(ids: ReadonlySet<string>): void;
}

export function drawAreas(map: L.Map, model: MapModel, group: L.LayerGroup, firstZoom: number): Areas {
  softFill(map.getContainer());
  const circles = new Map<string, L.Circle>();
  for (const p of model.places) {
    if (p.radiusKm === null || p.precision === 'exact') continue;
    const circle = L.circle([p.lat, p.lon], { radius: p.radiusKm * 1000, pane: 'areas', interactive: false, className: p.area ? 'map-region' : 'map-uncertainty', stroke: true });
    // Named by its place, as the static map's area is (the atlas's filter hides areas by place).
    circle.on('add', () => circle.getElement()?.setAttribute('data-area', p.id));
    circle.addTo(group);
    circles.set(p.id, circle);
  }
  const zoomClass = (): void => {
    map.getContainer().classList.toggle('map-zoomed-in', map.getZoom() >= firstZoom + 1);
  };
  map.on('zoomend', zoomClass);
  zoomClass();
  return {
    emphasise(ids) {
      for (const [id, circle] of circles) circle.getElement()?.classList.toggle('is-emphasised', ids.has(id));
    },
  };
}
