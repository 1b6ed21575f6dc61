/**
 * `<sitrep-map>`: waits until the map scrolls into view, then loads Leaflet and the drawing
 * code (a separate chunk) and replaces the static SVG with the interactive map.
 */
class SitrepMap extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.dataset['state']) return;
    this.dataset['state'] = 'waiting';
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#load();
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #load(): Promise<void> {
    this.dataset['state'] = 'loading';
    try {
      const { mountMap } = await import('./map/mount.ts');
      await mountMap(this);
      this.dataset['state'] = 'ready';
    } catch (error) {
      // The static map stays in place: the reader loses nothing but interaction.
      this.dataset['state'] = 'failed';
      console.warn('Sitrep map: the interactive map could not load; the static map stays.', error);
    }
  }
}

if (!customElements.get('sitrep-map')) customElements.define('sitrep-map', SitrepMap);
