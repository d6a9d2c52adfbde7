import { defineConfig } from 'vite';
import { slimCytoscape } from './scripts/slim-cytoscape.ts';

/**
 * The single-file CDN bundle: `dist/cdn/argument-graph.js` registers <argument-graph> with lit, cytoscape,
 * dagre, graphology and valibot bundled in (Cytoscape slimmed: scripts/slim-cytoscape.ts), for `<script type="module">` with no build step. Dynamic imports
 * (the force layout, the Argdown parser) become chunks in `dist/cdn/chunks/`, loaded relative to the bundle.
 */
export default defineConfig({
  // Cytoscape from its ES sources, without the WebGL renderer and the algorithms and layouts we never call.
  plugins: [slimCytoscape()],
  // Libraries read process.env.NODE_ENV; a browser has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'argument-graph.js' },
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
  },
});
