// `npm run manifest` (part of `npm run build`): custom-elements.json from the element's JSDoc (@tagname @summary
// @event @csspart @cssproperty), for IDEs and docs; test/package/manifest.unit.test.ts checks it against
// docs/COMPONENT.md and that the committed copy is current.
export default {
  globs: ['src/components/argument-graph.ts', 'src/components/events.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'argmap-named-events-only',
      // `dispatchEvent(new ArgmapXEvent(…))` shows up as an event without a name; the @event tags name them all.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      },
    },
  ],
};
