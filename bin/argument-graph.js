#!/usr/bin/env node
// The package's command. In this repository it runs the TypeScript sources through tsx (no build step); the
// published package holds no sources, so there it runs the built JavaScript in dist/.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/cli/main.js');
}
