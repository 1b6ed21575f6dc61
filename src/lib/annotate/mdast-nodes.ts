/**
 * The mdast nodes Sitrep's plugins add: a mention (turned into a link by remark-rehype
 * through `data.hName`) and a marker (a provenance flag), both phrasing content.
 */
import type { Data, Parent, PhrasingContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { MentionRef } from '../view/refs.ts';

export interface SitrepMention extends Parent {
  type: 'sitrepMention';
  ref: MentionRef;
  /** `explicit` when the editor wrote a directive; `auto` when matched. */
  origin: 'auto' | 'explicit';
  children: PhrasingContent[];
  data?: Data;
}

export interface SitrepMarker extends Parent {
  type: 'sitrepMarker';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sitrepMention: SitrepMention;
    sitrepMarker: SitrepMarker;
  }
  interface RootContentMap {
    sitrepMention: SitrepMention;
    sitrepMarker: SitrepMarker;
  }
}

export function mentionNode(ref: MentionRef, children: PhrasingContent[], origin: SitrepMention['origin']): SitrepMention {
  return { type: 'sitrepMention', ref, origin, children };
}

/** A phrase the editor marked `:nomention[...]`: rendered as its text, never matched. */
export interface SitrepPlain extends Parent {
  type: 'sitrepPlain';
  children: PhrasingContent[];
  data?: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sitrepPlain: SitrepPlain;
  }
  interface RootContentMap {
    sitrepPlain: SitrepPlain;
  }
}
