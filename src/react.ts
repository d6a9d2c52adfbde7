/**
 * `argument-graph/react`: a React component for <argument-graph> (@lit/react), with typed event props.
 * Importing it registers the element. React is an optional peer dependency: only this entry needs it.
 *
 * ```tsx
 * import { ArgumentGraph } from 'argument-graph/react';
 * <ArgumentGraph src="/debate.json" onArgmapSelect={(e) => console.log(e.detail.id)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ArgumentGraphElement } from './components/argument-graph.ts';
import type {
  ArgmapErrorEvent,
  ArgmapFilterEvent,
  ArgmapLoadEvent,
  ArgmapSelectEvent,
} from './components/events.ts';
import { TAG_NAME } from './define.ts';

export * from './components/events.ts';
export { ArgumentGraphElement };

export const ArgumentGraph = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: ArgumentGraphElement,
  displayName: 'ArgumentGraph',
  events: {
    onArgmapSelect: 'argmap-select' as EventName<ArgmapSelectEvent>,
    onArgmapLoad: 'argmap-load' as EventName<ArgmapLoadEvent>,
    onArgmapError: 'argmap-error' as EventName<ArgmapErrorEvent>,
    onArgmapFilter: 'argmap-filter' as EventName<ArgmapFilterEvent>,
  },
});
