/** Arabic strings about the site's languages (see `../en/languages.ts`). */
import type { Translation } from '../types.ts';
import type { languages as en } from '../en/languages.ts';

export const languages = {
  'languages.nav': 'الموقع بلغات أخرى',
} as const satisfies Translation<typeof en>;
