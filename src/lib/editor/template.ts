/**
 * The starting point of a new report: valid as it stands (it passes `npm run check` and
 * builds), a draft, with one commented example of each kind of entry to copy and replace.
 */
import { toKebab } from '../schema/common.ts';

export interface TemplateOptions {
  /** The headline the editor gave. */
  title: string;
  /** Today, YYYY-MM-DD (injected, so the output does not depend on the clock). */
  today: string;
}

/** The file name (without `.mdx`) for a title: kebab-case, at most 80 characters, cut at a hyphen. */
export function reportSlug(title: string): string {
  const slug = toKebab(title);
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 80);
}

/** YAML double-quoted scalar: safe for any title. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/** The text of a new report file. */
export function reportTemplate({ title, today }: TemplateOptions): string {
  return `---
# A new Sitrep report. Everything below is an EXAMPLE: replace it with the report's own data.
# The field reference is docs/reference.md; the guide is docs/editing.md. Run \`npm run check\` often.
title: ${quoted(title)}
# Drafts are shown by \`npm run dev\` but not published. Remove this line (or set false) to publish.
draft: true
dek: Replace me — one sentence that sums up the report, shown under the title and in listings.
authors:
  - name: Replace Me
publisher: Replace me (who publishes the report)
# A day, YYYY-MM-DD. When only roughly known, a range with a note:
# published: { start: 2023-11-12, end: 2023-11-20, precision: range, note: "undated; mentions the strikes of 12 November" }
published: ${today}
# The days the report covers. Focus events must fall inside it.
period: { start: ${today}, end: ${today} }
tags: [replace-me]

places:
  # A place: id (kebab-case, used by other entries), name as the text spells it, coordinates in decimal degrees.
  # precision: exact (the point is the place), near (within radiusKm of the point), region (an area of radiusKm).
  - id: example-town
    name: Example Town
    aliases: [Exampleville]
    kind: town
    lat: 35.0000
    lon: 40.0000
    precision: near
    radiusKm: 5
    country: SY
    description: Replace me — an example place; put the real place's coordinates and a gazetteer source.
    sources: [example-gazetteer]
  - id: example-base
    name: Example Base
    kind: coalition-base
    lat: 35.1000
    lon: 40.2000
    precision: exact
    description: Replace me — a second example place, the target of the example axis.
    sources: [example-gazetteer]

actors:
  # An actor: who acts or is acted upon. kind: state-force, external-force, coalition, militia, umbrella,
  # political-party, government, person, organization. Aliases are other names the text uses.
  - id: example-militia
    name: Example Militia
    short: EM
    kind: militia
    affiliations:
      - { actor: example-force, relation: backed-by }
    description: Replace me — an example actor.
  - id: example-force
    name: Example Force
    kind: state-force
    description: Replace me — a second example actor.

events:
  # An event: a date (a day, or a range with precision and a note), an ACLED type and subtype (slugs, see
  # docs/reference.md), places and actors by id, sources by id, and how sure the report is.
  - id: example-strike
    title: Replace me — what happened, in one line
    date: ${today}
    type: explosions-remote-violence
    subtype: air-drone-strike
    places: [example-base]
    actors: { by: [example-militia], against: [example-force] }
    fatalities: 0
    sources: [example-source]
    confidence: reported
    quote: Example Militia struck Example Base
    # A note: the analyst's remark, shown with the event.
    notes: Replace me — an example event; the quote must be words of the article, verbatim.
  # A vague date, as a range with its precision and how it was derived:
  # - id: example-meetings
  #   title: Meetings "last week"
  #   date: { start: 2023-11-06, end: 2023-11-12, precision: week, note: "'last week' before publication" }
  #   type: strategic-developments
  #   subtype: other
  #   confidence: claimed

tallies:
  # A tally: a counted figure, with parts that must add up to the value. Print it in the text with
  # <Tally id="..." /> so that the text and the data cannot disagree.
  - id: example-tally
    label: Example attacks
    unit: attack
    period: { start: ${today}, end: ${today} }
    value: 3
    qualifier: at-least
    breakdown:
      - { label: North, value: 2 }
      - { label: South, value: 1 }
    sources: [example-source]
    confidence: reported

axes:
  # An axis of operation: from which places, against which, by whom.
  - id: example-axis
    name: Replace me — example axis
    from: [example-town]
    to: [example-base]
    means: drone strikes
    actors: [example-militia]
    confidence: assessed

sources:
  # A source: what the report or its data relies on. kind: official-statement, monitor, confidential,
  # media, research, gazetteer, dataset. url must be http(s); add an archived copy when you can.
  - id: example-source
    title: Replace me — an example source
    publisher: Example Publisher
    kind: media
    url: https://example.org/replace-me
    accessed: ${today}
  - id: example-gazetteer
    title: Replace me — where the coordinates come from (e.g. GeoNames, OpenStreetMap)
    kind: gazetteer
    url: https://example.org/gazetteer
---

{/* The article. Write it as Markdown. Replace every paragraph below. Comments like this one are not published. */}

Replace me. Example Militia struck Example Base near Example Town, in the first of at least <Tally id="example-tally" /> attacks, of which <Tally id="example-tally" part="North" /> were in the north. Example Force did not reply.
`;
}
