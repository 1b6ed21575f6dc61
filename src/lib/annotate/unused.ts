/**
 * Places and actors the text never mentions, by the same matcher the plugins use (plus
 * the editor's explicit references). Their data may be fine, but a reader will only
 * meet them in the reference sections.
 */
import type { Report } from '../schema/report.ts';
import { createAnnotator } from './annotator.ts';
import type { ExplicitInText } from './explicit.ts';
import { refKey } from '../view/refs.ts';

export function unmentioned(report: Report, text: string, explicit: readonly Pick<ExplicitInText, 'kind' | 'id'>[]): { kind: 'place' | 'actor'; id: string; name: string; index: number }[] {
  const seen = new Set(createAnnotator(report).find(text).map((m) => refKey(m.ref)));
  for (const ref of explicit) if (ref.id) seen.add(`${ref.kind}:${ref.id}`);
  return [
    ...report.places.map((p, index) => ({ kind: 'place' as const, id: p.id, name: p.name, index })),
    ...report.actors.map((a, index) => ({ kind: 'actor' as const, id: a.id, name: a.name, index })),
  ].filter((item) => !seen.has(`${item.kind}:${item.id}`));
}
