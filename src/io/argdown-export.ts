import type { ArgumentNode, Dataset, Relation } from '../model/index.ts';
import { groupBy, isObject, type JsonObject } from './json.ts';
import { Losses } from './losses.ts';
import { oneLine } from './text.ts';
import type { ExportResult } from './types.ts';

// Dataset → Argdown, the inverse of argdown-import.ts: claims whose `argdown.type` is "argument" become
// <arguments> (with their premise-conclusion structure), every other node a [statement]; each relation an
// indented line under its source. Experts and sources that came from YAML data are written back as that
// data, not as elements. A node kind other than claim, and an expert's role and affiliation, go into data.

const CARRIED = {
  dataset: [
    'format',
    'version',
    '$schema',
    'title',
    'description',
    'sources',
    'nodes',
    'relations',
    'argdown',
  ],
  node: ['id', 'kind', 'label', 'text', 'tags', 'weight', 'role', 'affiliation', 'argdown'],
  relation: ['id', 'from', 'to', 'type', 'argdown'],
} as const;

const PCS_ROLES = ['premise', 'intermediary-conclusion', 'main-conclusion'];

export function exportArgdown(dataset: Dataset): ExportResult {
  const losses = new Losses('Argdown');
  const warnings: ExportResult['warnings'] = [];
  losses.check(dataset, [], CARRIED.dataset);
  const indexes = new Map(dataset.nodes.map((node, i) => [node, i]));
  const written = dataset.nodes.filter((node) => !fromData(node));
  const refs = references(written, indexes, losses);
  const kept = dataset.relations.filter((relation, i) => {
    if (fromData(relation)) return false; // written back as the data it came from
    losses.check(relation, ['relations', i], CARRIED.relation);
    return true;
  });
  const outgoing = groupBy(
    kept.filter((relation) => !pcsRole(relation)),
    (relation) => relation.from,
  );
  // Premise relations point at their argument, conclusion relations come from it.
  const pcs = groupBy(
    kept.filter((relation) => pcsRole(relation)),
    (relation) => (pcsRole(relation) === 'premise' ? relation.to : relation.from),
  );

  const sourced = new Set(
    dataset.nodes.flatMap((node) => (isObject(argdownOf(node).data) && node.source ? [node.source] : [])),
  );
  const unsourced = dataset.sources.filter((source) => !sourced.has(source.id)).length;
  if (unsourced > 0)
    warnings.push({
      path: '/sources',
      message: `${unsourced} source${unsourced === 1 ? ' is' : 's are'} not exported: Argdown keeps a source only in an element's data`,
      hint: 'Keep the argument-graph JSON file as the full record; the export carries what the format can.',
    });

  const blocks: string[] = [];
  const frontMatter = {
    ...(isObject(argdownOf(dataset).frontMatter) ? (argdownOf(dataset).frontMatter as JsonObject) : {}),
    ...(dataset.title && { title: dataset.title }),
    ...(dataset.description && { description: dataset.description }),
  };
  if (Object.keys(frontMatter).length > 0) blocks.push(`===\n${JSON.stringify(frontMatter, null, 2)}\n===`);
  const symmetricDone = new Set<string>();
  let section: string | undefined;
  for (const node of sortedBySection(written)) {
    const nodeSection = sectionOf(node);
    if (nodeSection && nodeSection !== section) blocks.push(`# ${oneLine(nodeSection)}`);
    section = nodeSection ?? section;
    const lines = [definition(node, refs.get(node.id) as string, indexes.get(node) as number, losses)];
    for (const relation of outgoing.get(node.id) ?? []) {
      const type = String(argdownOf(relation).relationType);
      const pair = [relation.from, relation.to].sort().join('\u0000');
      if (['contrary', 'contradictory'].includes(type)) {
        if (symmetricDone.has(pair)) continue; // one line states both directions
        symmetricDone.add(pair);
      }
      const target = refs.get(relation.to);
      if (target) lines.push(`  ${operator(relation)} ${target}`);
    }
    blocks.push(lines.join('\n'));
    const structure = pcs.get(node.id);
    if (structure && isArgument(node)) blocks.push(premiseConclusionStructure(structure, refs));
  }
  return { text: `${blocks.join('\n\n')}\n`, warnings: [...warnings, ...losses.warnings()] };
}

const argdownOf = (entry: object): JsonObject => {
  const stored = (entry as { argdown?: unknown }).argdown;
  return isObject(stored) ? stored : {};
};
const fromData = (entry: object) => argdownOf(entry).fromData === true;
/** The place a relation has in a premise-conclusion structure, if it has one. */
const pcsRole = (relation: Relation) => {
  const role = argdownOf(relation).role;
  return typeof role === 'string' && PCS_ROLES.includes(role) ? role : undefined;
};
const isArgument = (node: ArgumentNode) => argdownOf(node).type === 'argument';
const sectionOf = (node: ArgumentNode) =>
  typeof argdownOf(node).section === 'string' ? (argdownOf(node).section as string) : undefined;

/** Nodes grouped under their headings, in order of each heading's first node; nodes without one first. */
function sortedBySection(nodes: ArgumentNode[]): ArgumentNode[] {
  const order = new Map<string | undefined, number>([[undefined, -1]]);
  for (const node of nodes) if (!order.has(sectionOf(node))) order.set(sectionOf(node), order.size);
  return [...nodes].sort((a, b) => (order.get(sectionOf(a)) as number) - (order.get(sectionOf(b)) as number));
}

/** "[Title]" or "<Title>" for every node: titles unique per element type, free of the brackets that end them. */
function references(
  nodes: ArgumentNode[],
  indexes: Map<ArgumentNode, number>,
  losses: Losses,
): Map<string, string> {
  const taken = new Set<string>();
  const refs = new Map<string, string>();
  for (const node of nodes) {
    const stored = argdownOf(node).title;
    const wanted = oneLine(typeof stored === 'string' ? stored : node.label)
      .replace(/[[<]/g, '(')
      .replace(/[\]>]/g, ')');
    const [open, close] = isArgument(node) ? ['<', '>'] : ['[', ']'];
    let title = wanted || node.id;
    for (let n = 2; taken.has(`${open}${title}`); n++) title = `${wanted} (${n})`;
    taken.add(`${open}${title}`);
    if (title !== (typeof stored === 'string' ? stored : node.label))
      losses.note(['nodes', indexes.get(node) as number], 'label');
    refs.set(node.id, `${open}${title}${close}`);
  }
  return refs;
}

/** "[Title]: text #tag {data}": the element with its text, tags and YAML data (written as JSON, which YAML reads). */
function definition(node: ArgumentNode, ref: string, index: number, losses: Losses): string {
  const at: [string, number] = ['nodes', index];
  losses.check(node, at, [...CARRIED.node, ...(isObject(argdownOf(node).data) ? ['source'] : [])]);
  const stored = argdownOf(node);
  const data = {
    ...(isObject(stored.data) ? stored.data : {}),
    ...(node.kind !== 'claim' && { kind: node.kind }),
    ...(node.kind === 'expert' && node.role && { role: node.role }),
    ...(node.kind === 'expert' && node.affiliation && { affiliation: node.affiliation }),
    ...(node.weight !== undefined && { weight: node.weight }),
  };
  const text = node.text ?? (stored.title !== undefined ? node.label : undefined);
  const tags = (node.tags ?? []).map((tag) =>
    /^[\p{L}\p{N}_-]+$/u.test(tag) ? `#${tag}` : `#(${tag.replace(/[()]/g, '')})`,
  );
  const extras = [...tags, ...(Object.keys(data).length > 0 ? [JSON.stringify(data)] : [])].join(' ');
  if (!text) return extras ? `${ref} ${extras}` : ref;
  return `${ref}: ${escapeMarkup(oneLine(text))}${extras ? ` ${extras}` : ''}`;
}

/** Argdown's markup characters, escaped so the text reads back as written. */
const escapeMarkup = (text: string) => text.replace(/[\\*_[\]<>{}#@/`~=+-]/g, '\\$&');

function operator(relation: Relation): string {
  switch (argdownOf(relation).relationType) {
    case 'undercut':
      return '_>';
    case 'contradictory':
      return '><';
    default:
      return relation.type === 'supports' ? '+>' : '->';
  }
}

/** "(1) [P]", "----", "(2) [C]": premises, then an inference line before each conclusion. */
function premiseConclusionStructure(relations: Relation[], refs: Map<string, string>): string {
  const position = (relation: Relation) => Number(argdownOf(relation).position) || 0;
  const lines: string[] = [];
  let n = 0;
  for (const relation of [...relations].sort((a, b) => position(a) - position(b))) {
    const premise = pcsRole(relation) === 'premise';
    const statement = refs.get(premise ? relation.from : relation.to);
    if (!statement) continue;
    if (!premise) lines.push('----');
    lines.push(`(${++n}) ${statement}`);
  }
  return lines.join('\n');
}
