/** Escapes text for HTML or SVG text and attribute values (for markup written by hand, never parsed back). */
export function escapeMarkup(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}
