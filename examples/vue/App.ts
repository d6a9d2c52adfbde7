import 'argument-graph/define';
import type { ArgmapSelectEvent } from 'argument-graph';
import { defineComponent, h, ref } from 'vue';

/**
 * The Vue example, as a render function (no template compiler at run time, so it also runs under a strict CSP).
 * In a single-file component the same is `<argument-graph :src="src" @argmap-select="onSelect" />`, with
 * `compilerOptions.isCustomElement: (tag) => tag === 'argument-graph'` in the Vue plugin's options.
 */
export const App = defineComponent({
  props: { src: { type: String, default: '/graph-data/nk-russia-military-ties.json' } },
  setup(props) {
    const picked = ref<string | null>(null);
    const onSelect = (event: ArgmapSelectEvent) => {
      picked.value = event.detail.node?.label ?? null;
    };
    return () => [
      h('argument-graph', { src: props.src, layout: 'hierarchical', onArgmapSelect: onSelect }),
      h('p', { id: 'picked' }, picked.value ? `Selected: ${picked.value}` : 'Select a node.'),
    ];
  },
});
