import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A Chromium binary that tests and image export can drive, and where it was found. */
export interface FoundBrowser {
  path: string;
  source: 'env' | 'system' | 'playwright-cache';
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Looks at $CHROMIUM_PATH, then Chromium/Chrome on $PATH and /usr/bin, then Playwright's browser cache. */
export async function findChromium(): Promise<FoundBrowser | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { path: fromEnv, source: 'env' };
  }
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return { path: candidate, source: 'system' };
    }
  }
  try {
    const { chromium } = await import('playwright-core');
    const cached = chromium.executablePath();
    if (cached && existsSync(cached)) return { path: cached, source: 'playwright-cache' };
  } catch {
    // playwright-core missing or without a cached browser: fall through to "not found".
  }
  return undefined;
}

// Never suggest `npx playwright install`: browser downloads are blocked on our machines.
export const NO_BROWSER_MESSAGE = [
  `No Chromium found. Looked at $CHROMIUM_PATH, ${SYSTEM_NAMES.join('/')} on $PATH and /usr/bin, and Playwright's browser cache.`,
  'Fix one of:',
  '  apt-get update && apt-get install -y chromium     (Debian/Ubuntu, as root)',
  '  CHROMIUM_PATH=/path/to/chrome npm test',
  'or run only the node tests: npx vitest run --project unit',
].join('\n');

/** Flags for a headless Chromium that renders and nothing else: no GPU, no network chatter, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
