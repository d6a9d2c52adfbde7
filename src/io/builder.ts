import {
  type ArgumentNode,
  type Dataset,
  LIMITS,
  type Problem,
  type Relation,
  relationKey,
  type Source,
} from '../model/index.ts';
import { oneLine, slugify } from './text.ts';

type AddOutcome = 'added' | 'self' | 'duplicate';

/**
 * Collects what an importer finds into a dataset: hands out unique ids, refuses relations the
 * format forbids (self-relations, repeats), merges sources by URL, and gathers warnings.
 */
export class DatasetBuilder {
  readonly warnings: Problem[] = [];
  private readonly usedIds = new Set<string>();
  private readonly nodes: ArgumentNode[] = [];
  private readonly nodesById = new Map<string, ArgumentNode>();
  private readonly expertsByName = new Map<string, string>();
  private readonly relations: Relation[] = [];
  private readonly relationKeys = new Set<string>();
  private readonly sources: Source[] = [];
  private readonly sourceIdByKey = new Map<string, string>();

  /** An unused id: the wanted one when it is free, else the wanted one numbered ("x-2", "x-3", …). */
  id(wanted: string, fallback = 'node'): string {
    const base =
      oneLine(wanted)
        .slice(0, LIMITS.maxIdLength - 10)
        .trim() || fallback;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  /** Adds a node whose id came from `id()`. */
  addNode(node: ArgumentNode): void {
    this.nodes.push(node);
    this.nodesById.set(node.id, node);
    if (node.kind === 'expert' && !this.expertsByName.has(node.label))
      this.expertsByName.set(node.label, node.id);
  }

  node(id: string): ArgumentNode | undefined {
    return this.nodesById.get(id);
  }

  /** Gives the node a position unless it has one already. */
  placeOnce(id: string, position: { x: number; y: number }): void {
    const node = this.nodesById.get(id);
    if (node && !node.position) node.position = position;
  }

  /** The id of the expert with this name, added (with `extra` fields) on first mention. */
  expert(name: string, extra: Record<string, unknown> = {}): string {
    const label = oneLine(name).slice(0, LIMITS.maxLabelLength);
    const known = this.expertsByName.get(label);
    if (known) return known;
    const id = this.id(slugify(label), 'expert');
    this.addNode({ id, kind: 'expert', label, ...extra });
    return id;
  }

  /** Adds a relation unless it points at its own source or repeats one already added. */
  addRelation(relation: Relation): AddOutcome {
    if (relation.from === relation.to) return 'self';
    const key = relationKey(relation);
    if (this.relationKeys.has(key)) return 'duplicate';
    this.relationKeys.add(key);
    this.relations.push(relation);
    return 'added';
  }

  /** The id of the source with this URL (or, without a valid one, this title), added on first use. */
  source(title: string, url?: string): string {
    if (url !== undefined && !URL.canParse(url)) url = undefined;
    const key = url ?? `title:${oneLine(title)}`;
    const known = this.sourceIdByKey.get(key);
    if (known) return known;
    const id = this.id(slugify(url ? new URL(url).hostname.replace(/^www\./, '') : title), 'source');
    this.sources.push({
      id,
      title: oneLine(title).slice(0, LIMITS.maxLabelLength) || id,
      ...(url && { url }),
    });
    this.sourceIdByKey.set(key, id);
    return id;
  }

  warn(path: string, message: string, hint: string): void {
    this.warnings.push({ path, message, hint });
  }

  build(header: Record<string, unknown> = {}): Dataset {
    return {
      format: 'argument-graph',
      version: 1,
      ...header,
      sources: this.sources,
      nodes: this.nodes,
      relations: this.relations,
    };
  }
}
