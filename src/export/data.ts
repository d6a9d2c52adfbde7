import type { ArgumentGraph } from '../analysis/types.ts';
import { type Dataset, serializeDataset } from '../model/index.ts';
import type { Theme } from '../view/theme.ts';
import type { DataFormat } from './file-types.ts';
import { writeGexfText } from './gexf.ts';
import { writeGraphml } from './graphml.ts';

/**
 * What a data export needs: the dataset, the graph `analyze` built from it (with derived edges) and, for GEXF's
 * node colours, the theme (none: no colours).
 */
export interface DataInput {
  dataset: Dataset;
  graph: ArgumentGraph;
  theme?: Theme;
}

/** The debate as text in `format`. JSON is the dataset itself and reads back equal; GraphML and GEXF carry the graph. */
export function exportData(format: DataFormat, { dataset, graph, theme }: DataInput): string {
  switch (format) {
    case 'json':
      return serializeDataset(dataset);
    case 'graphml':
      return writeGraphml(graph);
    case 'gexf':
      return writeGexfText(graph, theme);
  }
}
