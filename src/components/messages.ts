import { html, nothing, type TemplateResult } from 'lit';
import { displayPath, type Problem } from '../model/index.ts';
import type { LoadFailure, LoadStatus } from './dataset-loader.ts';

const SHOWN = 20;

/** Problems or warnings as a list: path (JSON Pointer or "line N, column M"), message, hint. */
function problemList(problems: readonly Problem[]): TemplateResult {
  return html`<ul class="problems">
    ${problems.slice(0, SHOWN).map(
      (p) =>
        html`<li>
          <code>${displayPath(p.path)}</code> ${p.message}${p.hint ? html`<br /><span class="hint-text">${p.hint}</span>` : nothing}
        </li>`,
    )}
    ${problems.length > SHOWN ? html`<li>… and ${problems.length - SHOWN} more.</li>` : nothing}
  </ul>`;
}

/** The overlay for loading, nothing loaded, and errors (with the problem list). Hidden when ready. */
export function renderMessage(status: LoadStatus, error: LoadFailure | null): TemplateResult {
  if (status === 'ready') return html`<div class="message" part="message" hidden></div>`;
  if (status === 'error' && error)
    return html`
      <div class="message error" part="message" role="alert">
        <div class="card">
          <h2>Could not show this argument map</h2>
          <p>${error.message}</p>
          ${error.problems.length > 0 ? problemList(error.problems) : nothing}
          ${error.src ? html`<p class="hint-text">Source: <code>${error.src}</code></p>` : nothing}
        </div>
      </div>
    `;
  if (status === 'loading')
    return html`<div class="message" part="message" role="status"><p>Loading the argument map…</p></div>`;
  return html`<div class="message" part="message">
    <div class="card">
      <h2>No debate loaded</h2>
      <p class="hint-text">Set the <code>src</code> attribute to a dataset URL, or the <code>data</code> property to a dataset.</p>
    </div>
  </div>`;
}

/** A dismissible notice listing what the importer could not represent as it was. */
export function renderWarnings(warnings: readonly Problem[], dismiss: () => void): TemplateResult {
  const n = warnings.length;
  return html`<div class="warnings" part="warnings" role="note" aria-label="Import warnings">
    <details>
      <summary>${n} import warning${n === 1 ? '' : 's'}: some of the file could not be shown as it was</summary>
      ${problemList(warnings)}
    </details>
    <button type="button" class="close" aria-label="Dismiss import warnings" @click=${dismiss}>✕</button>
  </div>`;
}
