import { afterEach, describe, expect, it } from 'vitest';
import { resolveTheme, type ThemeInputs } from '../../src/components/theme-controller.ts';
import { darkTheme, lightTheme } from '../../src/view/theme.ts';
import { cleanup, mount, SEED_URL, until } from './helpers.ts';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('style');
});

const claimColor = (el: HTMLElement & { cy?: unknown }) =>
  (el as unknown as { cy: import('cytoscape').Core }).cy
    .nodes('.claim')
    .first()
    .style('border-color') as string;

describe('<argument-graph> theming', () => {
  it('draws claims in --argmap-claim-color, resolved to a concrete colour, and follows changes', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
      el.style.setProperty('--argmap-claim-color', 'rgb(200, 0, 100)');
    });
    expect(claimColor(el)).toBe('rgb(200,0,100)');
    // Set on the document root, in a syntax Cytoscape does not read: resolved through CSS.
    el.style.removeProperty('--argmap-claim-color');
    document.documentElement.style.setProperty('--argmap-claim-color', 'color-mix(in srgb, blue 50%, red)');
    await until(() => claimColor(el) === 'rgb(128,0,128)', 'the new claim colour');
  });

  it('theme="dark" switches the canvas and the chrome', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
      el.theme = 'dark';
    });
    expect(claimColor(el)).toBe(
      `rgb(${[1, 3, 5].map((i) => Number.parseInt(darkTheme.claim.border.slice(i, i + 2), 16)).join(',')})`,
    );
    el.theme = 'light';
    await el.updateComplete;
    expect(claimColor(el)).not.toBe(
      `rgb(${[1, 3, 5].map((i) => Number.parseInt(darkTheme.claim.border.slice(i, i + 2), 16)).join(',')})`,
    );
  });

  it('resolveTheme: forced colours use the system palette; custom properties override the base theme', () => {
    const inputs = (over: Partial<ThemeInputs>): ThemeInputs => ({
      setting: 'light',
      prefersDark: false,
      forcedColors: false,
      read: () => '',
      resolveColor: (v) => `resolved(${v})`,
      ...over,
    });
    const forced = resolveTheme(inputs({ forcedColors: true, read: () => 'red' }));
    expect(forced.claim).toEqual({
      fill: 'resolved(Canvas)',
      border: 'resolved(CanvasText)',
      text: 'resolved(CanvasText)',
    });
    expect(forced.selection).toBe('resolved(Highlight)');
    expect(resolveTheme(inputs({ setting: 'auto', prefersDark: true })).claim).toEqual(darkTheme.claim);
    const custom = resolveTheme(
      inputs({
        read: (name) =>
          name === '--argmap-dispute-color' ? 'hotpink' : name === '--argmap-font-size' ? '15px' : '',
      }),
    );
    expect(custom.disputes).toBe('resolved(hotpink)');
    expect(custom.fontSize).toBe(15);
    expect(custom.supports).toBe(lightTheme.supports);
  });
});
