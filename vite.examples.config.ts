import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const SOURCES = path('./src/');

/**
 * The React and Vue examples built as apps: `dist/examples/{react,vue}/index.html` and their chunks in
 * `dist/examples/assets/`, with relative URLs (base `./`), so they run from any path. The browser tests load them
 * under their own strict CSP (test/examples). Run after `build:lib`: `argument-graph/*` is resolved as a bundler
 * resolves it for an npm user, through package.json's `exports` to the built modules in dist/ (Vite follows the
 * package's self-reference; no alias to src/ as in vite.config.ts). The plugin below makes that a build error
 * if it ever stops being true. No React or Vue plugin is needed: Vite compiles TSX itself, and the Vue example
 * uses a render function.
 */
export default defineConfig({
  root: path('./examples'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // Vue's compile-time feature flags, as @vitejs/plugin-vue would set them (the example uses setup() only).
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  plugins: [
    {
      name: 'argument-graph-from-dist',
      load(id) {
        if (id.startsWith(SOURCES)) this.error(`${id}: the examples must use the built package in dist/`);
      },
    },
  ],
  build: {
    target: 'es2022',
    outDir: path('./dist/examples'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { react: path('./examples/react/index.html'), vue: path('./examples/vue/index.html') },
    },
  },
});
