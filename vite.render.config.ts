import { defineConfig } from 'vite';

/**
 * The render bundle: `dist/render/argument-graph.js`, one ES module with everything inlined (the force layout
 * and the importers too), which `argument-graph render` and `npm run bench` inject into a blank page in headless
 * Chromium. One file, because the page loads it without any network or file access. Entry: src/export/harness.ts.
 * `render` rebuilds it when a file in src/ is newer (src/cli/render/bundle.ts); `npm run build:render` builds it.
 */
export default defineConfig({
  // Libraries read process.env.NODE_ENV; a browser has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist/render',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: { entry: 'src/export/harness.ts', formats: ['es'], fileName: () => 'argument-graph.js' },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
