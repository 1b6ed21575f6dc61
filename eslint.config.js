// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // Browser code is its own world: no Node globals.
  { files: ['src/scripts/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  // src/lib is pure: no Astro virtual modules, no DOM libraries, no Leaflet.
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['astro:*', 'leaflet', 'd3-selection', 'd3-brush', 'd3-zoom'], message: 'src/lib is pure TypeScript: no Astro virtual modules, DOM or Leaflet.' }] }],
    },
  },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },
);
