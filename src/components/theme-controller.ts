import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Theme, themes } from '../view/theme.ts';

/**
 * The graph's theme from CSS: Cytoscape draws on a canvas and reads no CSS, so the `--argmap-*` custom
 * properties are read from the host with getComputedStyle, resolved to concrete colours (so `light-dark()`,
 * `color-mix()` and `var()` work), and laid over the light or dark theme. Re-read when `theme` changes, when
 * `prefers-color-scheme` or `forced-colors` changes, when the host's or the document root's `style` or `class`
 * changes, and on `refreshTheme()` (for stylesheet changes a MutationObserver cannot see).
 */
export type ThemeSetting = 'light' | 'dark' | 'auto';

type ColorPath = (theme: Theme, value: string) => void;

/** Custom property → the part of the theme it sets. Every one is documented in docs/COMPONENT.md. */
export const THEME_PROPERTIES: Record<string, ColorPath> = {
  '--argmap-surface': (t, v) => {
    t.background = v;
  },
  '--argmap-text': (t, v) => {
    t.text = v;
  },
  '--argmap-claim-color': (t, v) => {
    t.claim.border = v;
  },
  '--argmap-claim-fill': (t, v) => {
    t.claim.fill = v;
  },
  '--argmap-expert-color': (t, v) => {
    t.expert.border = v;
  },
  '--argmap-expert-fill': (t, v) => {
    t.expert.fill = v;
  },
  '--argmap-evidence-color': (t, v) => {
    t.evidence.border = v;
  },
  '--argmap-evidence-fill': (t, v) => {
    t.evidence.fill = v;
  },
  '--argmap-support-color': (t, v) => {
    t.supports = v;
  },
  '--argmap-dispute-color': (t, v) => {
    t.disputes = v;
  },
  '--argmap-selection-color': (t, v) => {
    t.selection = v;
  },
};

export interface ThemeInputs {
  setting: ThemeSetting;
  prefersDark: boolean;
  forcedColors: boolean;
  /** The raw value of a custom property on the host ('' when unset). */
  read(name: string): string;
  /** A CSS colour (any syntax, system colours included) as a concrete `rgb()`/`rgba()` string. */
  resolveColor(value: string): string;
}

/** Pure: the Cytoscape theme for these inputs. */
export function resolveTheme(inputs: ThemeInputs): Theme {
  const dark = inputs.setting === 'dark' || (inputs.setting === 'auto' && inputs.prefersDark);
  const theme: Theme = structuredClone(dark ? themes.dark : themes.light);
  if (inputs.forcedColors) {
    // Forced colours: the user's system palette; kinds and relations stay apart by shape and line style.
    const text = inputs.resolveColor('CanvasText');
    const canvas = inputs.resolveColor('Canvas');
    const highlight = inputs.resolveColor('Highlight');
    theme.name = 'forced-colors';
    theme.background = canvas;
    theme.text = text;
    theme.mutedText = text;
    for (const kind of ['claim', 'expert', 'evidence'] as const)
      theme[kind] = { fill: canvas, border: text, text };
    theme.supports = theme.disputes = theme.agrees = theme.disagrees = text;
    theme.selection = theme.match = highlight;
    theme.focus = text;
    return theme;
  }
  for (const [name, apply] of Object.entries(THEME_PROPERTIES)) {
    const raw = inputs.read(name).trim();
    if (raw) apply(theme, inputs.resolveColor(raw));
  }
  const font = inputs.read('--argmap-font-family').trim();
  if (font) theme.fontFamily = font;
  const size = Number.parseFloat(inputs.read('--argmap-font-size'));
  if (size > 0) theme.fontSize = size;
  return theme;
}

/** Reads the host's custom properties and media queries, and tells the host when the theme may have changed. */
export class ThemeController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #changed: () => void;
  #dark: MediaQueryList | undefined;
  #forced: MediaQueryList | undefined;
  #observer: MutationObserver | undefined;
  #probe: HTMLElement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, changed: () => void) {
    this.#host = host;
    this.#changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    this.#dark = matchMedia('(prefers-color-scheme: dark)');
    this.#forced = matchMedia('(forced-colors: active)');
    this.#dark.addEventListener('change', this.#changed);
    this.#forced.addEventListener('change', this.#changed);
    this.#observer = new MutationObserver(this.#changed);
    const attributeFilter = ['style', 'class'];
    this.#observer.observe(this.#host, { attributes: true, attributeFilter });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter });
  }

  hostDisconnected(): void {
    this.#dark?.removeEventListener('change', this.#changed);
    this.#forced?.removeEventListener('change', this.#changed);
    this.#observer?.disconnect();
  }

  get prefersDark(): boolean {
    return this.#dark?.matches ?? false;
  }

  resolve(setting: ThemeSetting): Theme {
    const style = getComputedStyle(this.#host);
    return resolveTheme({
      setting,
      prefersDark: this.prefersDark,
      forcedColors: this.#forced?.matches ?? false,
      read: (name) => style.getPropertyValue(name),
      resolveColor: (value) => this.#resolveColor(value),
    });
  }

  /** Through a hidden probe's computed `color` (set with CSSOM, which a strict style-src allows). */
  #resolveColor(value: string): string {
    const root = this.#host.shadowRoot;
    if (!root) return value;
    if (!this.#probe?.isConnected) {
      this.#probe = document.createElement('span');
      this.#probe.hidden = true;
      root.append(this.#probe);
    }
    this.#probe.style.color = '';
    this.#probe.style.color = value;
    if (!this.#probe.style.color) return value;
    const computed = getComputedStyle(this.#probe).color;
    return /^rgba?\(/.test(computed) ? computed : (toRgb(computed) ?? value);
  }
}

let pixel: CanvasRenderingContext2D | null | undefined;

/** Colours computed in another space (`color(srgb …)` from color-mix, oklch…) as `rgba()`, through one pixel. */
function toRgb(color: string): string | undefined {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return undefined;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${Math.round(((a ?? 255) / 255) * 1000) / 1000})`;
}
