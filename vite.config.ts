import { defineConfig } from 'vite';

// The demo app (index.html) is served by `npm start`; the library build lands with the packaging work.
export default defineConfig({
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
});
