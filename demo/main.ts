import '../src/define.ts';
import type { ArgumentGraphElement, ThemeSetting } from '../src/components/argument-graph.ts';
import { type Filters, KINDS, RELATIONS } from '../src/components/filters.ts';
import { detectFormat } from '../src/io/index.ts';
import { hasSavedPositions, isLayoutName } from '../src/view/index.ts';

// Every dataset in graph-data/ except the JSON Schema, as URLs served by Vite, with its title.
// (import.meta.glob takes literals only, hence the repeated pattern.)
const files = import.meta.glob(['/graph-data/*.json', '!/graph-data/schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const titles = import.meta.glob(['/graph-data/*.json', '!/graph-data/schema.json'], {
  import: 'title',
  eager: true,
}) as Record<string, string | undefined>;
const datasets = Object.entries(files)
  .map(([path, url]) => {
    const name = path.replace(/^.*\//, '').replace(/\.json$/, '');
    return { name, url, title: titles[path] ?? name };
  })
  .sort((a, b) => a.title.localeCompare(b.title));
const DEFAULT_DATASET = 'nk-russia-military-ties';

const graph = document.querySelector('argument-graph') as ArgumentGraphElement;
const picker = document.querySelector('#picker') as HTMLSelectElement;
const openButton = document.querySelector('#open') as HTMLButtonElement;
const themePicker = document.querySelector('#theme') as HTMLSelectElement;
const fileInput = document.querySelector('#file') as HTMLInputElement;
const dropzone = document.querySelector('#dropzone') as HTMLElement;

for (const { name, title } of datasets) picker.add(new Option(title, name));

// ---- URL state: ?dataset=…&selected=…&layout=…&view=outline&theme=dark|auto&hide=…&source=…&focus=N ----

const THEMES: readonly ThemeSetting[] = ['light', 'dark', 'auto'];
const isTheme = (value: string | null): value is ThemeSetting => THEMES.includes(value as ThemeSetting);

function applyTheme(theme: ThemeSetting): void {
  graph.theme = theme;
  themePicker.value = theme;
  document.documentElement.dataset.theme = theme;
}

/** `hide=evidence,disputes,derived&source=…&focus=2`: what the filters hide, the one source, focus depth. */
function filtersFrom(params: URLSearchParams): Filters {
  const hidden = new Set(params.get('hide')?.split(',') ?? []);
  const focus = params.get('focus');
  return {
    kinds: new Set(KINDS.filter((kind) => !hidden.has(kind))),
    relations: new Set(RELATIONS.filter((type) => !hidden.has(type))),
    derived: !hidden.has('derived'),
    article: params.get('source') || null,
    focus: focus !== null,
    hops: Number(focus) || 1, // the element keeps it within 1–3
  };
}

function writeFilters(filters: Filters, params: URLSearchParams): void {
  const hidden = [
    ...KINDS.filter((kind) => !filters.kinds.has(kind)),
    ...RELATIONS.filter((type) => !filters.relations.has(type)),
    ...(filters.derived ? [] : ['derived']),
  ];
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  if (filters.article) params.set('source', filters.article);
  if (filters.focus) params.set('focus', String(filters.hops));
}

/** Shows the view an address names; values it does not know fall back to the defaults. */
function applyAddress(params: URLSearchParams): void {
  const layout = params.get('layout');
  graph.layout = isLayoutName(layout) ? layout : 'hierarchical';
  graph.view = params.get('view') === 'outline' ? 'outline' : 'graph';
  const theme = params.get('theme');
  applyTheme(isTheme(theme) ? theme : 'light');
  graph.selected = params.get('selected') || null;
  graph.filters = filtersFrom(params);
  // An address without a dataset, made while a local file was open, keeps showing that file.
  if (!params.has('dataset') && picker.value === '__file') return;
  const entry =
    datasets.find((d) => d.name === params.get('dataset')) ??
    datasets.find((d) => d.name === DEFAULT_DATASET) ??
    datasets[0];
  if (entry && picker.value !== entry.name) showDataset(entry);
}

function showDataset(entry: (typeof datasets)[number]): void {
  picker.value = entry.name;
  graph.format = null;
  graph.data = null;
  graph.src = entry.url;
}

/**
 * Writes the view into the address. A new debate or a new selection is a new history entry, so Back and Forward
 * walk through what the reader looked at; a new layout, view, theme or filter only rewrites the current entry.
 */
function writeUrl(newEntry: 'when moved' | 'never' = 'when moved'): void {
  const next = new URLSearchParams();
  if (picker.value && picker.value !== '__file') next.set('dataset', picker.value);
  if (graph.selected) next.set('selected', graph.selected);
  if (graph.layout !== 'hierarchical') next.set('layout', graph.layout);
  if (graph.view !== 'graph') next.set('view', graph.view);
  if (graph.theme !== 'light') next.set('theme', graph.theme);
  writeFilters(graph.filters, next);
  const current = new URLSearchParams(location.search);
  if (next.toString() === current.toString()) return;
  const query = next.toString();
  const url = query ? `?${query}` : location.pathname;
  const moved = (key: string) => (next.get(key) ?? '') !== (current.get(key) ?? '');
  if (newEntry === 'when moved' && (moved('dataset') || moved('selected'))) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

applyAddress(new URLSearchParams(location.search));
writeUrl('never'); // the address names the defaults it opened with, so Back never lands on a bare one
addEventListener('popstate', () => applyAddress(new URLSearchParams(location.search)));
graph.addEventListener('argmap-select', () => writeUrl());
graph.addEventListener('argmap-filter', () => writeUrl());
// A new debate may drop a source filter that meant nothing in it.
graph.addEventListener('argmap-load', () => writeUrl('never'));
new MutationObserver(() => writeUrl()).observe(graph, {
  attributes: true,
  attributeFilter: ['layout', 'selected', 'view', 'theme'],
});
themePicker.addEventListener('change', () => {
  if (isTheme(themePicker.value)) applyTheme(themePicker.value);
});

picker.addEventListener('change', () => {
  const entry = datasets.find((d) => d.name === picker.value);
  if (!entry) return;
  graph.selected = null;
  showDataset(entry);
  writeUrl();
});

// ---- Open or drop a local file ----

async function openFile(file: File): Promise<void> {
  const text = await file.text();
  let option = picker.querySelector<HTMLOptionElement>('option[value="__file"]');
  if (!option) {
    option = new Option('', '__file');
    picker.add(option);
  }
  option.text = `File: ${file.name}`;
  picker.value = '__file';
  graph.selected = null;
  // The element imports the text (argument-graph JSON, AIF, Argdown or Kialo) with importText, in the format the
  // content and the file's name point to; it shows the problems, or the import warnings.
  graph.format = detectFormat(text, file.name) ?? null;
  graph.data = text;
  // A map saved with positions (Export › JSON with positions, render -o map.json, a drawn OVA map) opens as it was.
  graph.addEventListener(
    'argmap-load',
    (event) => {
      if (hasSavedPositions(event.detail.dataset)) graph.layout = 'preset';
      else if (graph.layout === 'preset') graph.layout = 'hierarchical';
    },
    { once: true },
  );
  writeUrl();
}

openButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = '';
});

let dragDepth = 0;
addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  dropzone.hidden = false;
});
addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropzone.hidden = true;
});
addEventListener('dragover', (event) => event.preventDefault());
addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  dropzone.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});
