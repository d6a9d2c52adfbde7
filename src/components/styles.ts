import { css } from 'lit';
import { panelStyles } from './panel-styles.ts';

/** The dark theme's tokens: for theme="dark", and for theme="auto" when the system prefers dark. */
const darkTokens = css`
  --_surface: var(--argmap-surface, #14171c);
  --_panel: var(--argmap-panel, #1b1f26);
  --_text: var(--argmap-text, #e5e7eb);
  --_muted: var(--argmap-muted, #a3abb8);
  --_border: var(--argmap-border, #2d333d);
  --_accent: var(--argmap-accent, #8fb2ff);
  --_claim: var(--argmap-claim-color, #7aa5ef);
  --_expert: var(--argmap-expert-color, #e0a25a);
  --_evidence: var(--argmap-evidence-color, #5cc49a);
  --_supports: var(--argmap-support-color, #5cc48a);
  --_disputes: var(--argmap-dispute-color, #f07474);
  color-scheme: dark;
`;

/** Host tokens, toolbar, filters, canvas, messages and legend. */
export const chromeStyles = css`
  :host {
    --_font: var(--argmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif);
    --_surface: var(--argmap-surface, #ffffff);
    --_panel: var(--argmap-panel, #f7f8fa);
    --_text: var(--argmap-text, #1f2937);
    --_muted: var(--argmap-muted, #5b6472);
    --_border: var(--argmap-border, #dde1e7);
    --_accent: var(--argmap-accent, #3056a8);
    --_claim: var(--argmap-claim-color, #2f5fb3);
    --_expert: var(--argmap-expert-color, #a55a0f);
    --_evidence: var(--argmap-evidence-color, #1f7a58);
    --_supports: var(--argmap-support-color, #2e7d4f);
    --_disputes: var(--argmap-dispute-color, #c23b3b);
    --_inspector-width: var(--argmap-inspector-width, 300px);
    display: block;
    position: relative;
    block-size: var(--argmap-height, 600px);
    min-block-size: 320px;
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.45;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--argmap-radius, 10px);
    overflow: hidden;
    contain: content;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .shell {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    block-size: 100%;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
    padding: 8px 10px;
    border-block-end: 1px solid var(--_border);
    background: var(--_panel);
  }
  .group {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .search {
    flex: 1 1 180px;
    max-inline-size: 300px;
    position: relative;
  }
  .search input {
    inline-size: 100%;
    padding-inline-end: 64px;
  }
  .search .count {
    position: absolute;
    inset-inline-end: 8px;
    inset-block-start: 50%;
    transform: translateY(-50%);
    font-size: 12px;
    color: var(--_muted);
    pointer-events: none;
  }
  input[type='search'],
  select,
  button {
    font: inherit;
    font-size: 13px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-block-size: 32px;
    padding: 4px 9px;
  }
  button {
    cursor: pointer;
  }
  button:hover:not(:disabled),
  select:hover {
    border-color: color-mix(in srgb, var(--_accent) 55%, var(--_border));
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  :is(button, select, input, a, [tabindex]):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .icon {
    min-inline-size: 32px;
    padding-inline: 6px;
    font-weight: 600;
  }
  .segmented {
    display: inline-flex;
  }
  .segmented button {
    border-radius: 0;
  }
  .segmented button:first-child {
    border-radius: 6px 0 0 6px;
  }
  .segmented button:last-child {
    border-radius: 0 6px 6px 0;
    margin-inline-start: -1px;
  }
  .spacer {
    flex: 1 1 0;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    font-size: 13px;
    color: var(--_muted);
  }

  /* Filters panel */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 18px;
    align-items: center;
    padding: 8px 12px;
    border-block-end: 1px solid var(--_border);
    background: var(--_panel);
    font-size: 13px;
  }
  .filters[hidden] {
    display: none;
  }
  .filters fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
  }
  .filters legend {
    float: left;
    margin-inline-end: 6px;
    font-weight: 600;
    color: var(--_muted);
  }
  .filters label {
    display: inline-flex;
    gap: 5px;
    align-items: center;
  }
  .filters select {
    max-inline-size: 280px;
  }

  /* Main area */
  .main {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    display: flex;
  }
  .stage {
    position: relative;
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
  }
  .canvas-wrap {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .canvas {
    position: absolute;
    inset: 0;
    background: var(--_surface);
  }
  .canvas:focus {
    outline: none;
  }
  .canvas:focus-visible {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }
  :host([view='outline']) .canvas,
  :host([view='outline']) .legend,
  :host([view='outline']) .hint {
    visibility: hidden;
  }
  .hint {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-start: 10px;
    font-size: 12px;
    color: var(--_muted);
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
    border-radius: 4px;
    padding: 2px 6px;
    pointer-events: none;
  }

  /* Overlays: loading, empty, error */
  .message {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 24px;
    background: var(--_surface);
    overflow: auto;
  }
  .message[hidden] {
    display: none;
  }
  .message .card {
    max-inline-size: 560px;
  }
  .message h2 {
    margin: 0 0 6px;
    font-size: 17px;
  }
  .message.error h2 {
    color: var(--_disputes);
  }
  .message ul {
    padding-inline-start: 18px;
  }
  .message code {
    font-size: 12px;
    background: var(--_panel);
    padding: 1px 4px;
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .message .hint-text {
    color: var(--_muted);
    font-size: 13px;
  }

  /* Legend */
  .legend {
    flex: none;
    border-block-start: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 12px;
    color: var(--_muted);
  }
  .legend summary {
    cursor: pointer;
    padding: 6px 10px;
    font-weight: 600;
  }
  .legend .items {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    padding: 6px 10px;
  }
  .legend .item {
    display: flex;
    align-items: center;
    gap: 5px;
    white-space: nowrap;
  }
  .legend svg {
    flex: none;
  }

  /* Import warnings */
  .warnings {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 10px;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    gap: 6px;
    max-inline-size: min(460px, calc(100% - 20px));
    max-block-size: calc(100% - 16px);
    overflow: auto;
    padding: 4px 6px 4px 10px;
    font-size: 13px;
    background: var(--_panel);
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_expert);
    border-radius: 6px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.08);
  }
  .warnings summary {
    cursor: pointer;
    padding-block: 4px;
  }
  .warnings ul {
    margin: 4px 0;
    padding-inline-start: 18px;
  }
  .warnings code {
    font-size: 12px;
  }
  .warnings .hint-text {
    color: var(--_muted);
    font-size: 12px;
  }
  .warnings .close {
    flex: none;
    min-block-size: 26px;
    padding: 0 7px;
  }
`;

export const styles = [chromeStyles, panelStyles];
