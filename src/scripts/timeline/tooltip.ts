/** The tooltip beside a mark: its title, date and confidence, as text nodes only. */
import type { MarkRecord } from './marks.ts';

export function showTooltip(host: HTMLElement, tooltip: HTMLElement, mark: MarkRecord): void {
  const title = document.createElement('strong');
  title.textContent = mark.title || mark.name;
  const date = document.createElement('span');
  date.textContent = mark.date;
  tooltip.replaceChildren(title, date);
  if (mark.confidence) tooltip.append(document.createTextNode(` · ${mark.confidence}`));
  tooltip.hidden = false;
  const frame = host.getBoundingClientRect();
  const box = mark.el.getBoundingClientRect();
  const inlineStart = Math.min(Math.max(0, box.left - frame.left), Math.max(0, frame.width - tooltip.offsetWidth));
  tooltip.style.insetInlineStart = getComputedStyle(host).direction === 'rtl' ? `${Math.max(0, frame.width - inlineStart - tooltip.offsetWidth)}px` : `${inlineStart}px`;
  tooltip.style.insetBlockStart = `${box.bottom - frame.top + 6}px`;
}

export function hideTooltip(tooltip: HTMLElement): void {
  tooltip.hidden = true;
}
