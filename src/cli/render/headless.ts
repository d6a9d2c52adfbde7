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
    await this.#call('load', dataset, view);
  }

  /** PNG or JPEG bytes. */
  async image(options: ImageOptions): Promise<Buffer> {
    return Buffer.from(await this.#call('image', options), 'base64');
  }

  svg(options: SvgOptions): Promise<string> {
    return this.#call('svg', options);
  }

  /** The dataset as JSON with every node's drawn position. */
  positions(): Promise<string> {
    return this.#call('positions');
  }

  /** Calls a method of the page's `argmapHarness`; a failure comes back as the page's plain message. */
  #call<M extends keyof Harness>(method: M, ...args: Parameters<Harness[M]>): ReturnType<Harness[M]> {
    return this.#page
      .evaluate(
        ([name, values]) => {
          const harness = (window as unknown as PageWindow).argmapHarness;
          return (harness[name] as (...values: unknown[]) => Promise<unknown>)(...values);
        },
        [method, args] as const,
      )
      .catch((error) => {
        throw pageError(error);
      }) as ReturnType<Harness[M]>;
  }

  async close(): Promise<void> {
    await this.#browser.close();
  }
}
