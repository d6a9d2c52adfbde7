import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

// The one place that registers Cytoscape extensions. Registration is global to the cytoscape module, so it is
// guarded: a second call (or a second import of this module) does nothing.
let dagreRegistered = false;
let fcoseLoading: Promise<void> | undefined;

/** Registers cytoscape-dagre (the default, eagerly bundled layout). */
export function registerDagre(): void {
  if (dagreRegistered) return;
  dagreRegistered = true;
  cytoscape.use(dagre);
}

/** Loads and registers cytoscape-fcose on first use (kept out of the default bundle). */
export function loadFcose(): Promise<void> {
  fcoseLoading ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return fcoseLoading;
}

export { cytoscape };
