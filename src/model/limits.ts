/**
 * Hard limits that keep a hostile or broken file from hanging or crashing the reader.
 * They sit far above any real debate map (the largest AIFdb corpora have a few thousand nodes).
 */
export const LIMITS = {
  /** Characters of JSON text accepted by `parseDataset(text)`. */
  maxTextLength: 64 * 1024 * 1024,
  /** Nesting depth of arrays and objects anywhere in the document. */
  maxDepth: 64,
  maxNodes: 1_000_000,
  maxRelations: 5_000_000,
  maxSources: 100_000,
  /** Characters in an id. */
  maxIdLength: 200,
  /** Characters in a node label (the graph shows at most three wrapped lines of it). */
  maxLabelLength: 500,
  /** Characters in any free-text field (node text, quotes, descriptions). */
  maxTextFieldLength: 100_000,
} as const;
