// graphology-gexf's package entry also loads its Node parser (and @xmldom/xmldom); the writer alone runs
// everywhere and keeps browser bundles small.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';

  const writeGexf: typeof write;
  export default writeGexf;
}
