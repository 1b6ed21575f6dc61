// html-validate's configuration for the built site (tests/e2e/dist.spec.ts validates every page in dist/).
// Relaxations are kept to rules that conflict with Sitrep's output, each with its reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A report's <title> is the author's headline plus " · Sitrep"; headlines are often longer than 70
    // characters (the seed's is 82) and Sitrep does not rewrite them. This is search-snippet advice, not validity.
    'long-title': 'off',
  },
};
