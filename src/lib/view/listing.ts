/** Report listings: newest first by publication date (the latest possible day of a range). */
import type { Report } from '../schema/report.ts';
import { endOf } from '../time/calendar.ts';

export interface Listed {
  id: string;
  data: Pick<Report, 'published' | 'title'>;
}

export function newestFirst<T extends Listed>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => endOf(b.data.published).localeCompare(endOf(a.data.published)) || a.data.title.localeCompare(b.data.title));
}
