import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { findChromium, NO_BROWSER_MESSAGE } from './scripts/find-chromium.ts';
import viteConfig from './vite.config.ts';

// Only look for (and insist on) a browser when the browser project will run.
const onlyUnit = process.argv.some(
  (arg, i, all) => arg === '--project=unit' || (arg === '--project' && all[i + 1] === 'unit'),
);
const browser = onlyUnit ? undefined : await findChromium();
if (!onlyUnit && !browser) throw new Error(NO_BROWSER_MESSAGE);

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
      reporters: ['default', 'json'],
      outputFile: { json: 'vitest-report.json' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'node', include: ['test/**/*.unit.test.ts'] },
        },
        {
          extends: true,
          // The built package (dist/, from `npm run build`) is served as is, without Vite's transforms, at `/`:
          // the strict-CSP pages load the single-file bundle as a user's page would (`/cdn/argument-graph.js`).
          publicDir: 'dist',
          test: {
            name: 'browser',
            include: ['test/**/*.browser.test.ts'],
            browser: {
              enabled: true,
              headless: true,
              screenshotFailures: false,
              viewport: { width: 1280, height: 800 },
              provider: playwright({
                // Playwright already adds --no-sandbox, --disable-background-networking and a fresh profile.
                launchOptions: { executablePath: browser?.path, args: ['--disable-quic', '--disable-gpu'] },
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
);
