// The resolver lives with the render command that ships it; tests, screenshots and ensure-browser use it from here.
export { type FoundBrowser, findChromium, NO_BROWSER_MESSAGE } from '../src/cli/render/chromium.ts';
