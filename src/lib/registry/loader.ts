/**
 * The registry as Astro content collections (`places`, `actors`, `sources`): a loader object that stores the
 * entries `parseRegistry` validated, so pages read them with `getCollection('places')`. No Astro import here: the
 * loader is a plain object of the shape Astro's content layer calls (`{ name, load(context) }`).
 */
import type { Registry } from './load.ts';
import type { RegistryKind } from './schema.ts';

/** The part of Astro's loader context this loader uses. */
interface StoreContext {
  store: { clear(): void; set(entry: { id: string; data: Record<string, unknown>; filePath?: string }): boolean };
  parseData(props: { id: string; data: Record<string, unknown>; filePath?: string }): Promise<Record<string, unknown>>;
}

/** A loader for one kind of the registry read by `read` (called at each load, so dev sees edits). */
export function registryLoader(kind: RegistryKind, read: () => Registry) {
  return {
    name: `sitrep-registry-${kind}`,
    load: async ({ store, parseData }: StoreContext): Promise<void> => {
      store.clear();
      for (const entry of read().entries[kind].values()) {
        const data = await parseData({ id: entry.id, data: entry.data as unknown as Record<string, unknown>, filePath: entry.file });
        store.set({ id: entry.id, data, filePath: entry.file });
      }
    },
  };
}
