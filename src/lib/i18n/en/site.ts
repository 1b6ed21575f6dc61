/** English strings of the site's frame: header, footer, listing pages. Keys are `area.name`. */
export const site = {
  'site.name': 'Sitrep',
  'site.skipToContent': 'Skip to content',
  'site.footer': 'Published with Sitrep. No trackers, no third-party requests.',
  'home.title': 'Sitrep · Reports',
  'home.description': 'Annotated conflict and OSINT reports with maps, timelines and sources.',
  'home.heading': 'Reports',
  'home.draft': '(draft, not published)',
} as const;
