/**
 * Colours, fonts and sizes of the graph drawing. Cytoscape does not read CSS, so the stylesheet is built
 * from a plain object; a theming layer can fill one from `--argmap-*` custom properties.
 */
export interface Theme {
  name: string;
  /** Canvas background (also used for PNG export). */
  background: string;
  fontFamily: string;
  /** Label font size in px at zoom 1. */
  fontSize: number;
  text: string;
  mutedText: string;
  claim: KindColors;
  expert: KindColors;
  evidence: KindColors;
  supports: string;
  disputes: string;
  agrees: string;
  disagrees: string;
  /** Ring drawn around the selected node. */
  selection: string;
  /** Keyboard focus ring. */
  focus: string;
  /** Search matches. */
  match: string;
}

export interface KindColors {
  /** Node fill (at full strength). */
  fill: string;
  /** Node border and legend swatch. */
  border: string;
  /** Label colour on the fill. */
  text: string;
}

const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const lightTheme: Theme = {
  name: 'light',
  background: '#ffffff',
  fontFamily: FONT_STACK,
  fontSize: 13,
  text: '#1f2937',
  mutedText: '#6b7280',
  claim: { fill: '#dbe7fb', border: '#2f5fb3', text: '#11284d' },
  expert: { fill: '#f6e3c9', border: '#a55a0f', text: '#45260a' },
  evidence: { fill: '#d9efe6', border: '#1f7a58', text: '#0d3325' },
  supports: '#2e7d4f',
  disputes: '#c23b3b',
  agrees: '#5aa37a',
  disagrees: '#d97a7a',
  selection: '#7c3aed',
  focus: '#111827',
  match: '#eab308',
};

export const darkTheme: Theme = {
  name: 'dark',
  background: '#14171c',
  fontFamily: FONT_STACK,
  fontSize: 13,
  text: '#e5e7eb',
  mutedText: '#9ca3af',
  claim: { fill: '#1f3558', border: '#7aa5ef', text: '#e6eeff' },
  expert: { fill: '#4a3218', border: '#e0a25a', text: '#fff1de' },
  evidence: { fill: '#173d31', border: '#5cc49a', text: '#e0fff2' },
  supports: '#5cc48a',
  disputes: '#f07474',
  // Brighter than the light theme's: thin dotted lines on a dark ground need the extra luminance to show.
  agrees: '#74d19c',
  disagrees: '#f59a9a',
  selection: '#b794f6',
  focus: '#f9fafb',
  match: '#facc15',
};

export const themes = { light: lightTheme, dark: darkTheme } as const;
export type ThemeName = keyof typeof themes;
