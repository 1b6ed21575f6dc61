/** The Arabic edition's feed: the reports written in Arabic (see src/pages/feed.json.ts). */
export { GET } from '../feed.json.ts';
