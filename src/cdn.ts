/**
 * Entry of the single-file bundle `dist/cdn/argument-graph.js` (vite.cdn.config.ts): registers
 * `<argument-graph>` and re-exports the element's API, with every dependency bundled. The force layout and the
 * Argdown importer stay in separate chunks that load on first use.
 */
export * from './define.ts';
