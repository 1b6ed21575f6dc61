/** The Arabic edition's feed: the reports written in Arabic (see src/pages/rss.xml.ts). */
export { GET } from '../rss.xml.ts';
