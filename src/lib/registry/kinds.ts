/** The three kinds of shared entry, named as their folders and as the report lists that hold them. */
export const REGISTRY_KINDS = ['places', 'actors', 'sources'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** The singular of a kind, for messages ("unknown place"). */
export const SINGULAR: Record<RegistryKind, string> = { places: 'place', actors: 'actor', sources: 'source' };
