import { ArgumentGraphElement } from './components/argument-graph.ts';

export const TAG_NAME = 'argument-graph';

/**
 * Registers `<argument-graph>` once. A page that loads two copies keeps the first and gets a warning.
 */
export function defineArgumentGraph(tag = TAG_NAME): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ArgumentGraphElement)
      console.warn(
        `argument-graph: <${tag}> is already defined by another copy of the library; keeping that one.`,
      );
    return;
  }
  customElements.define(tag, ArgumentGraphElement);
}

defineArgumentGraph();

export * from './components/events.ts';
export { ArgumentGraphElement };
