/** The Arabic edition's feed: the reports written in Arabic (see src/pages/atom.xml.ts). */
export { GET } from '../atom.xml.ts';
