/** Wires the legend the page rendered: each checkbox shows or hides its layer once the map is live. */

export function wireLegend(root: ParentNode, onToggle: (key: string, on: boolean) => void): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('.map-layers input[data-layer]')) {
    input.disabled = false;
    input.addEventListener('change', () => onToggle(input.dataset['layer'] ?? '', input.checked));
  }
}
