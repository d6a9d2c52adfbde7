import { type Problem, pointer } from './problems.ts';
import { relationKey } from './types.ts';

// Checks the schema cannot express: unique ids, resolvable references, no self or duplicate relations.
// They run on the raw input, before or despite schema problems, so one pass reports every problem.
// Anything not shaped as expected is skipped here: the schema already reports it.

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asEntries = (value: unknown): Array<[number, Entry]> =>
  Array.isArray(value)
    ? value.flatMap((item, i) => (isEntry(item) ? [[i, item] as [number, Entry]] : []))
    : [];
const stringField = (entry: Entry, key: string): string | undefined =>
  typeof entry[key] === 'string' ? entry[key] : undefined;

/** Collects the ids of a list, reporting each repeat against its first use. */
function collectIds(list: unknown, listName: string, what: string, problems: Problem[]): Map<string, number> {
  const firstIndex = new Map<string, number>();
  for (const [i, entry] of asEntries(list)) {
    const id = stringField(entry, 'id');
    if (id === undefined) continue;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else
      problems.push({
        path: pointer([listName, i, 'id']),
        message: `Duplicate ${what} id "${id}" (first used at ${pointer([listName, first, 'id'])})`,
        hint: `Give every ${what} a unique id, e.g. "${id}-2", and update the relations that mean it.`,
      });
  }
  return firstIndex;
}

export function checkReferences(input: Entry): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = collectIds(input.sources, 'sources', 'source', problems);
  const nodeIds = collectIds(input.nodes, 'nodes', 'node', problems);

  // When a list itself is malformed the schema says so; reporting every reference into it would only add noise.
  const sourcesKnown = Array.isArray(input.sources);
  const nodesKnown = Array.isArray(input.nodes);

  const checkSource = (entry: Entry, at: Array<string | number>) => {
    const source = stringField(entry, 'source');
    if (sourcesKnown && source !== undefined && !sourceIds.has(source))
      problems.push(unknownReference([...at, 'source'], 'source', source, sourceIds, 'sources'));
  };
  for (const [i, node] of asEntries(input.nodes)) checkSource(node, ['nodes', i]);

  const firstRelation = new Map<string, number>();
  for (const [i, relation] of asEntries(input.relations)) {
    checkSource(relation, ['relations', i]);
    const from = stringField(relation, 'from');
    const to = stringField(relation, 'to');
    const type = stringField(relation, 'type');
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (nodesKnown && id !== undefined && !nodeIds.has(id))
        problems.push(unknownReference(['relations', i, end], 'node', id, nodeIds, 'nodes'));
    if (from === undefined || to === undefined || type === undefined) continue;
    if (from === to)
      problems.push({
        path: pointer(['relations', i]),
        message: `Self-relation: "${from}" ${type} itself`,
        hint: 'A node cannot support or dispute itself; point "to" at another node or remove the relation.',
      });
    const id = stringField(relation, 'id');
    const key = relationKey({ id, from, to, type: type as 'supports' });
    const first = firstRelation.get(key);
    if (first === undefined) firstRelation.set(key, i);
    else
      problems.push({
        path: pointer(['relations', i]),
        message:
          id === undefined
            ? `Duplicate relation: "${from}" ${type} "${to}" is already stated at ${pointer(['relations', first])}`
            : `Duplicate relation id "${id}" (first used at ${pointer(['relations', first])})`,
        hint:
          id === undefined
            ? 'State each relation once; merge the quotes, or give the second one its own "id" if it is a distinct statement.'
            : 'Give every relation a unique id.',
      });
  }
  return problems;
}

function unknownReference(
  at: Array<string | number>,
  what: string,
  id: string,
  known: Map<string, number>,
  listName: string,
): Problem {
  // Suggestions cost a scan of every id: offer them only for maps of a size a person writes by hand.
  const suggestion = known.size <= 5000 ? closest(id, known.keys()) : undefined;
  return {
    path: pointer(at),
    message: `Unknown ${what} "${id}"`,
    hint:
      (suggestion ? `Did you mean "${suggestion}"? ` : '') +
      `Use the id of an entry in "${listName}", or add one with id "${id}".`,
  };
}

/** The known id nearest to a misspelt one (edit distance at most a quarter of its length), if any. */
function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.floor(id.length / 4) + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}
