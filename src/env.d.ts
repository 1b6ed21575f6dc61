declare namespace App {
  interface Locals {
    /** The report being rendered, for components used inside its MDX (e.g. `<Tally />`). */
    sitrepReport?: { data: import('./lib/schema/report.ts').Report; file: string };
  }
}
