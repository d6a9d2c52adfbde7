import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { Harness, HarnessView } from '../../export/harness.ts';
import type { ImageOptions } from '../../export/image.ts';
import type { SvgOptions } from '../../export/svg.ts';
import type { Dataset } from '../../model/index.ts';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './chromium.ts';

/** Thrown when Chromium is missing or cannot start; the message says how to fix it. */
export class BrowserError extends Error {}

/** The page's `window.argmapHarness`, seen from Node. */
type PageWindow = { argmapHarness: Harness };

/** Plain-text failures from the page: the export's own message, without Playwright's call log. */
function pageError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0] as string);
}

/**
 * The built element in headless Chromium: a blank page with the render bundle injected as a module and every
 * network request refused, sized like the browser window the graph should be laid out for. `load` draws a
 * dataset; `image` and `svg` export it with the element's own export code.
 */
export class HeadlessRenderer {
  #browser: Browser;
  #page: Page;

  private constructor(browser: Browser, page: Page) {
    this.#browser = browser;
    this.#page = page;
  }

  static async open(bundlePath: string, size: { width: number; height: number }): Promise<HeadlessRenderer> {
    let found: Awaited<ReturnType<typeof findChromium>>;
    try {
      found = await findChromium();
    } catch (error) {
      throw new BrowserError(
        `${error instanceof Error ? error.message : String(error)}\n${NO_BROWSER_MESSAGE}`,
      );
    }
    if (!found) throw new BrowserError(NO_BROWSER_MESSAGE);
    const { chromium } = await import('playwright-core');
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] as string) : String(error);
      throw new BrowserError(
        `cannot start Chromium at ${found.path} (${reason}). Set CHROMIUM_PATH to a working Chromium or Chrome.`,
      );
    }
    try {
      const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
      await page.route('**/*', (route) => route.abort());
      await page.setContent(
        '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"></body></html>',
      );
      await page.addScriptTag({ type: 'module', content: await readFile(bundlePath, 'utf8') });
      await page.waitForFunction(() => 'argmapHarness' in window, undefined, { timeout: 30_000 });
      return new HeadlessRenderer(browser, page);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async load(dataset: Dataset, view: HarnessView): Promise<void> {
    await this.#page
      .evaluate(([d, v]) => (window as unknown as PageWindow).argmapHarness.load(d, v), [
        dataset,
        view,
      ] as const)
      .catch((error) => {
        throw pageError(error);
      });
  }

  /** PNG or JPEG bytes. */
  async image(options: ImageOptions): Promise<Buffer> {
    const base64 = await this.#page
      .evaluate((o) => (window as unknown as PageWindow).argmapHarness.image(o), options)
      .catch((error) => {
        throw pageError(error);
      });
    return Buffer.from(base64, 'base64');
  }

  async svg(options: SvgOptions): Promise<string> {
    return this.#page
      .evaluate((o) => (window as unknown as PageWindow).argmapHarness.svg(o), options)
      .catch((error) => {
        throw pageError(error);
      });
  }

  /** The dataset as JSON with every node's drawn position. */
  async positions(): Promise<string> {
    return this.#page
      .evaluate(() => (window as unknown as PageWindow).argmapHarness.positions())
      .catch((error) => {
        throw pageError(error);
      });
  }

  async close(): Promise<void> {
    await this.#browser.close();
  }
}
