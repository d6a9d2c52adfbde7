// Screenshots of the demo for docs and design review.
// Start the dev server first: npx vite --port 5199 --strictPort
// Then: npx tsx scripts/screenshot.ts [baseUrl]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../src/cli/render/chromium.ts';
import { findChromium, NO_BROWSER_MESSAGE } from './find-chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:5199/';
const found = await findChromium();
if (!found) throw new Error(NO_BROWSER_MESSAGE);

const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });

const shots = [
  { width: 1280, height: 800, path: 'docs/screenshot.png', query: '' },
  { width: 420, height: 800, path: '/tmp/shot-420.png', query: '' },
  ...(process.env.EXTRA ? JSON.parse(process.env.EXTRA) : []),
] as { width: number; height: number; path: string; query: string }[];

try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') console.log(`[${msg.type()}] ${msg.text()}`);
    });
    page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
    await page.goto(new URL(shot.query, base).href, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => {
      const el = document.querySelector('argument-graph') as
        | (HTMLElement & { cy?: { nodes(): { length: number } } })
        | null;
      return !!el?.cy && el.cy.nodes().length > 0;
    });
    await page.evaluate(
      () => (document.querySelector('argument-graph') as unknown as { ready: Promise<void> }).ready,
    );
    await page.waitForTimeout(700);
    await page.screenshot({ path: shot.path });
    console.log(`saved ${shot.path} (${shot.width}×${shot.height})`);
    await page.close();
  }
} finally {
  await browser.close();
}
