/** The interactive legend: one checkbox per layer (kinds present, axes, shipments, river, areas). */
import type { LegendEntry } from '../../lib/map/model.ts';
import { SYMBOLS } from '../../lib/map/symbols.ts';
import { el, symbolSvg } from './dom.ts';

export interface LayerToggle {
  key: string;
  label: string;
  /** A symbol for a kind, or a CSS swatch class. */
  kind?: LegendEntry['kind'];
  swatch?: string;
}

export function buildLegend(toggles: LayerToggle[], onToggle: (key: string, on: boolean) => void): HTMLFieldSetElement {
  const fieldset = el('fieldset', { class: 'map-layers' }, el('legend', { text: 'Show on the map' }));
  for (const t of toggles) {
    const input = el('input');
    input.type = 'checkbox';
    input.checked = true;
    input.dataset['layer'] = t.key;
    input.addEventListener('change', () => onToggle(t.key, input.checked));
    const symbol = t.kind ? symbolSvg(SYMBOLS[t.kind].path, SYMBOLS[t.kind].fill, SYMBOLS[t.kind].stroke === '#fff' ? '#1b1b1b' : SYMBOLS[t.kind].stroke, 16) : el('span', { class: `swatch ${t.swatch ?? ''}` });
    if (!t.kind) symbol.setAttribute('aria-hidden', 'true');
    fieldset.append(el('label', {}, input, symbol, document.createTextNode(t.label)));
  }
  return fieldset;
}
