import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin for the CDN bundle only: it builds Cytoscape from the ES module sources its package ships
 * (`cytoscape/src`) instead of the prebuilt `dist/cytoscape.esm.mjs`, and leaves out what <argument-graph> never
 * calls, because the prebuilt file is one indivisible module that no bundler can tree-shake. Measured on the
 * default view (gzip): compiling the sources for es2022 instead of the prebuilt, down-levelled file saves about
 * 7 kB, and leaving out
 *
 * - the WebGL renderer (only used with `cytoscape({ webgl: true })`, an option we never set): about 13 kB;
 * - the graph-theory algorithms on collections (pageRank, kMeans, dijkstra, …) except BFS/DFS, which Cytoscape's
 *   own `components()` uses: our analysis runs in graphology. About 9 kB;
 * - the built-in layouts other than `null`, `preset`, `grid` (Cytoscape's defaults) and `concentric` (ours). We
 *   offer dagre and fcose as extensions instead. About 5 kB.
 *
 * Everything else is Cytoscape's own code, unchanged. The npm entries (`./element`, `./define`) import the
 * `cytoscape` the user installs, complete. README and docs/COMPONENT.md say what `element.cy` lacks in the bundle.
 */

const require = createRequire(import.meta.url);
/** `node_modules/cytoscape/src`, found from the package's CommonJS entry (its `exports` hide other paths). */
const sources = join(dirname(require.resolve('cytoscape')), '..', 'src');
const VERSION = (JSON.parse(readFileSync(join(sources, '..', 'package.json'), 'utf8')) as { version: string })
  .version;

const PREFIX = '\0slim-cytoscape:';

/** Replacements for three of Cytoscape's registries, keyed by the source file they stand in for. */
const replacements: Record<string, string> = {
  'collection/algorithms/index.mjs': `
    import bfsDfs from ${JSON.stringify(join(sources, 'collection/algorithms/bfs-dfs.mjs'))};
    export default { ...bfsDfs };`,
  'extensions/layout/index.mjs': `
    import concentric from ${JSON.stringify(join(sources, 'extensions/layout/concentric.mjs'))};
    import grid from ${JSON.stringify(join(sources, 'extensions/layout/grid.mjs'))};
    import nullLayout from ${JSON.stringify(join(sources, 'extensions/layout/null.mjs'))};
    import preset from ${JSON.stringify(join(sources, 'extensions/layout/preset.mjs'))};
    export default [
      { name: 'concentric', impl: concentric },
      { name: 'grid', impl: grid },
      { name: 'null', impl: nullLayout },
      { name: 'preset', impl: preset },
    ];`,
  'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs': `
    export default {
      initWebgl() {
        throw new Error('argument-graph: this bundle has no WebGL renderer; leave the webgl option off.');
      },
    };`,
};

export function slimCytoscape(): Plugin {
  return {
    name: 'argument-graph:slim-cytoscape',
    enforce: 'pre',
    config: () => ({ define: { 'process.env.VERSION': JSON.stringify(VERSION) } }),
    async resolveId(source, importer, options) {
      if (source === 'cytoscape') return join(sources, 'index.mjs');
      if (!importer?.startsWith(sources) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const relative = resolved?.id.slice(sources.length + 1);
      return relative && relative in replacements ? PREFIX + relative : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? replacements[id.slice(PREFIX.length)] : null;
    },
  };
}
