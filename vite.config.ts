import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo app (index.html) is served by `npm start`; the package is built by `npm run build`
// (tsconfig.build.json and vite.cdn.config.ts). The examples import the package by name, as users do; here
// those names resolve to the sources.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^argument-graph$/, replacement: source('./src/index.ts') },
      { find: /^argument-graph\/define$/, replacement: source('./src/define.ts') },
      { find: /^argument-graph\/react$/, replacement: source('./src/react.ts') },
    ],
  },
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
});
