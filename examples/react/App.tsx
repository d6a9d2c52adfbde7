import { ArgumentGraph } from 'argument-graph/react';
import { useState } from 'react';

/** The React example: the element through @lit/react, with a typed select event. */
export function App({ src = '/graph-data/nk-russia-military-ties.json' }: { src?: string }) {
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <>
      <ArgumentGraph
        src={src}
        layout="hierarchical"
        onArgmapSelect={(event) => setPicked(event.detail.node?.label ?? null)}
      />
      <p id="picked">{picked ? `Selected: ${picked}` : 'Select a node.'}</p>
    </>
  );
}
