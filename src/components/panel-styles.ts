import { css } from 'lit';

/** Inspector, outline and the narrow (bottom-sheet) arrangement. */
export const panelStyles = css`
  /* Inspector */
  .inspector {
    flex: 0 0 var(--_inspector-width);
    inline-size: var(--_inspector-width);
    border-inline-start: 1px solid var(--_border);
    background: var(--_panel);
    overflow: auto;
    padding: 14px 16px 18px;
  }
  .inspector h2 {
    margin: 4px 0 6px;
    font-size: 17px;
    line-height: 1.3;
  }
  .inspector h3 {
    margin: 16px 0 6px;
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .inspector p {
    margin: 0 0 8px;
  }
  .inspector .close {
    float: right;
    min-block-size: 28px;
    padding: 2px 8px;
  }
  .muted {
    color: var(--_muted);
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    font-size: 12px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .kind.claim {
    color: var(--_claim);
  }
  .kind.expert {
    color: var(--_expert);
  }
  .kind.evidence {
    color: var(--_evidence);
  }
  /* Colour keys in running text (no inline styles: the element works under a strict style-src). */
  .key {
    font-weight: 600;
  }
  .key.supports {
    color: var(--_supports);
  }
  .key.disputes {
    color: var(--_disputes);
  }
  .meter {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 8px 0 4px;
  }
  .bar {
    flex: 1 1 auto;
    block-size: 8px;
    background: var(--_border);
    border-radius: 4px;
    overflow: hidden;
  }
  /* An SVG rect, not an inline style width: no style attributes, so a strict style-src allows it. */
  .bar > svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: var(--_accent);
  }
  .status {
    font-size: 12px;
    font-weight: 600;
    border-radius: 999px;
    padding: 1px 8px;
    border: 1px solid currentColor;
  }
  .status.accepted {
    color: var(--_supports);
  }
  .status.rejected {
    color: var(--_disputes);
  }
  .status.undecided {
    color: var(--_muted);
  }
  .explanation {
    font-size: 13px;
    color: var(--_muted);
  }
  ul.relations {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.relations > li {
    margin: 0 0 10px;
    padding-inline-start: 10px;
    border-inline-start: 3px solid var(--_supports);
  }
  ul.relations > li.disputes {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_disputes);
  }
  ol.camps {
    margin: 0 0 4px;
    padding-inline-start: 22px;
  }
  ol.camps > li {
    margin: 0 0 4px;
  }
  ul.via {
    margin: 2px 0 0;
    padding-inline-start: 8px;
    list-style: none;
    font-size: 13px;
  }
  /* "on" stays beside the first line of a link that wraps. */
  ul.via > li {
    display: flex;
    align-items: baseline;
    gap: 4px;
  }
  ul.via .verb {
    flex: none;
  }
  .link {
    display: inline;
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, var(--_accent) 35%, transparent);
    text-underline-offset: 2px;
  }
  /* inline-block stops the link's underline from reaching the comma. */
  .link .separator {
    display: inline-block;
    color: var(--_text);
    font-weight: 400;
  }
  .link:hover {
    text-decoration-color: currentColor;
  }
  .verb {
    font-size: 12px;
    color: var(--_muted);
  }
  blockquote {
    margin: 4px 0 2px;
    font-size: 13px;
    font-style: italic;
  }
  cite {
    display: block;
    font-size: 12px;
    font-style: normal;
    color: var(--_muted);
  }
  cite a {
    color: var(--_accent);
  }
  .overview ul {
    padding-inline-start: 18px;
    margin: 4px 0;
  }
  .overview li {
    margin-block-end: 4px;
  }
  /* Lists of links: a wrapped link is one box, so a bullet would sit at its last line. */
  .overview ul.plain,
  .overview ul.relations {
    list-style: none;
    padding-inline-start: 0;
  }
  .overview ul.plain > li {
    margin-block-end: 6px;
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 6px;
    margin: 10px 0;
  }
  .stat {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 6px 8px;
    text-align: center;
    font-size: 12px;
    color: var(--_muted);
  }
  .stat strong {
    display: block;
    font-size: 18px;
    color: var(--_text);
  }

  /* Outline view */
  .outline {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 12px 18px 24px;
    background: var(--_surface);
  }
  .outline[hidden] {
    display: none;
  }
  .outline h2 {
    font-size: 15px;
    margin: 14px 0 6px;
  }
  .outline > ul,
  .outline ul ul {
    padding-inline-start: 18px;
    margin: 2px 0 8px;
  }
  .outline li {
    margin: 3px 0;
  }
  .outline li[aria-current='true'] > .entry {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    border-radius: 4px;
  }
  .outline .entry {
    padding: 1px 4px;
  }
  .outline .sub {
    font-size: 13px;
    color: var(--_muted);
  }

  /* Narrow: the inspector becomes a bottom sheet, the legend collapses. */
  @container (max-width: 720px) {
    .inspector {
      position: absolute;
      inset-inline: 0;
      inset-block-end: 0;
      inline-size: auto;
      max-block-size: 58%;
      border-inline-start: 0;
      border-block-start: 1px solid var(--_border);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -6px 20px rgb(0 0 0 / 0.12);
      z-index: 2;
    }
    .inspector.idle {
      display: none;
    }
    .legend .items {
      padding-block-start: 0;
      gap: 4px 12px;
    }
    .toolbar {
      gap: 6px;
      padding: 6px 8px;
    }
    .search {
      flex-basis: 100%;
      max-inline-size: none;
    }
    .layout-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .spacer {
      display: none;
    }
    .hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .canvas {
      forced-color-adjust: none;
    }
  }
`;
