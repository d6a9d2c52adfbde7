import type { ArgumentNode, Dataset, Relation, Source } from '../model/index.ts';
import { aifId } from './aif-read.ts';
import { isDrawnScheme, relationTypeOf, schemeNodeTags, stanceOf } from './aif-vocabulary.ts';
import { isObject, type JsonObject } from './json.ts';
import { Losses } from './losses.ts';
import { labelAndText } from './text.ts';
import type { ExportResult } from './types.ts';

// Dataset → AIF JSON in the OVA3/xAIF wrapper ({AIF, text, OVA}), the inverse of aif-import.ts:
// relations that came from one scheme node (same `aif.nodeID`) become that scheme node again, a claim
// that was a scheme node (`aif.type` RA/CA/MA) becomes it again, expert stances become L + YA nodes with
// a locution and a participant, and `aif.unmapped` is written back. Other relations get a fresh RA or CA.

const CARRIED = {
  dataset: ['format', 'version', '$schema', 'sources', 'nodes', 'relations', 'aif'],
  node: ['id', 'kind', 'label', 'text', 'position', 'aif'],
  expert: ['id', 'kind', 'label', 'aif'],
  relation: ['id', 'from', 'to', 'type', 'aif'],
  stance: ['id', 'from', 'to', 'type', 'aif', 'quote', 'source', 'date'],
} as const;

export function exportAif(dataset: Dataset): ExportResult {
  const writer = new AifWriter(dataset);
  const losses = new Losses('AIF');
  losses.check(dataset, [], CARRIED.dataset);
  for (const [i, node] of dataset.nodes.entries()) writer.node(node, i, losses);
  for (const [i, relation] of dataset.relations.entries()) writer.relation(relation, i, losses);
  writer.unmapped();
  return {
    text: `${JSON.stringify(writer.document(), null, 2)}\n`,
    warnings: [...writer.warnings, ...losses.warnings()],
  };
}

class AifWriter {
  readonly warnings: ExportResult['warnings'] = [];
  private readonly nodes: JsonObject[] = [];
  private readonly edges: JsonObject[] = [];
  private readonly locutions = new Map<string, JsonObject>(); // by L node id
  /** OVA positions of L nodes: their speaker's, which the importer reads back from the first one. */
  private readonly locutionPositions = new Map<string, { x: number; y: number }>();
  private readonly participants: JsonObject[] = [];
  private readonly participantIds = new Map<string, unknown>(); // expert id → participantID
  private readonly emitted = new Set<string>();
  private readonly edgeKeys = new Set<string>();
  private readonly schemeGroups = new Map<string, string>(); // `aif.nodeID` of a relation → its scheme node id
  private readonly byId: Map<string, ArgumentNode>;
  private readonly sources: Map<string, Source>;
  private readonly reserved: Set<string>;
  private freshCount = 0;

  constructor(private readonly dataset: Dataset) {
    this.byId = new Map(dataset.nodes.map((node) => [node.id, node]));
    this.sources = new Map(dataset.sources.map((source) => [source.id, source]));
    this.reserved = storedIds(dataset);
  }

  node(node: ArgumentNode, i: number, losses: Losses) {
    const stored = isObject(node.aif) ? node.aif : {};
    if (node.kind === 'expert') {
      losses.check(node, ['nodes', i], CARRIED.expert);
      const participantID = stored.participantID ?? this.participants.length + 1;
      this.participantIds.set(node.id, participantID);
      const words = node.label.split(' ');
      const surname = words.length > 1 ? (words.pop() as string) : '';
      this.participants.push({ participantID, firstname: words.join(' '), surname });
      return;
    }
    losses.check(node, ['nodes', i], [...CARRIED.node, ...(isSchemeNode(node) ? ['tags'] : [])]);
    if (node.kind === 'evidence') losses.note(['nodes', i], 'kind');
    if (isSchemeNode(node)) {
      if (node.tags && node.tags.join() !== schemeNodeTags(stored).join()) losses.note(['nodes', i], 'tags');
      this.emit({ ...stored, nodeID: node.id });
    } else {
      const text = node.text ?? node.label;
      if (labelAndText(text).label !== node.label) losses.note(['nodes', i], 'label');
      this.emit({ nodeID: node.id, text, type: 'I', ...stored });
    }
  }

  relation(relation: Relation, i: number, losses: Losses) {
    const from = this.byId.get(relation.from) as ArgumentNode;
    const to = this.byId.get(relation.to) as ArgumentNode;
    if (to.kind === 'expert') {
      this.warnings.push({
        path: `/relations/${i}`,
        message: `"${relation.from}" ${relation.type} the expert "${relation.to}": AIF has no way to say that; not exported`,
        hint: 'AIF relates propositions; a person can only be the speaker of a locution.',
      });
      return;
    }
    if (from.kind === 'expert') {
      losses.check(relation, ['relations', i], CARRIED.stance);
      return this.stance(relation, from, to);
    }
    losses.check(relation, ['relations', i], CARRIED.relation);
    const stored = isObject(relation.aif) ? relation.aif : undefined;
    const groupId = aifId(stored?.nodeID);
    if (stored && groupId && isDrawnScheme(stored.type) && relationTypeOf(stored.type) === relation.type) {
      let schemeId = this.schemeGroups.get(groupId);
      if (!schemeId) {
        schemeId = this.byId.has(groupId) ? this.fresh('s') : groupId;
        this.schemeGroups.set(groupId, schemeId);
        this.emit({ ...stored, nodeID: schemeId });
      }
      this.edge(from.id, schemeId);
      this.edge(schemeId, to.id);
      return;
    }
    // Into a scheme node that is a claim, a support is one of its premises; out of it, its own conclusion.
    if (isSchemeNode(to) && relation.type === 'supports') return this.edge(from.id, to.id);
    if (isSchemeNode(from) && relationTypeOf((from.aif as JsonObject).type as 'RA') === relation.type)
      return this.edge(from.id, to.id);
    const supports = relation.type === 'supports';
    const schemeId = this.fresh(supports ? 'ra' : 'ca');
    this.emit({
      nodeID: schemeId,
      text: supports ? 'Default Inference' : 'Default Conflict',
      type: supports ? 'RA' : 'CA',
    });
    this.edge(from.id, schemeId);
    this.edge(schemeId, to.id);
  }

  /** An expert's stance: "Name : quote" (L) → illocution (YA) → the proposition, with a locution record. */
  private stance(relation: Relation, expert: ArgumentNode, target: ArgumentNode) {
    const stored = isObject(relation.aif) ? relation.aif : {};
    const storedL = isObject(stored.L) ? stored.L : {};
    const storedYa =
      isObject(stored.YA) && stanceOf(String(stored.YA.text)) === relation.type ? stored.YA : {};
    const lId = this.own(aifId(storedL.nodeID), 'l');
    const yaId = this.own(aifId(storedYa.nodeID), 'ya');
    const words = relation.quote ?? target.text ?? target.label;
    this.emit({ ...storedL, nodeID: lId, text: `${expert.label} : ${words}`, type: 'L' });
    this.emit({
      text: relation.type === 'supports' ? 'Asserting' : 'Disagreeing',
      ...storedYa,
      nodeID: yaId,
      type: 'YA',
    });
    this.edge(lId, yaId);
    this.edge(yaId, target.id);
    if (expert.position) this.locutionPositions.set(lId, expert.position);
    if (this.locutions.has(lId)) return;
    const source = relation.source ? this.sources.get(relation.source) : undefined;
    const timestamp = relation.date && !stored.locution ? { timestamp: `${relation.date} 00:00:00` } : {};
    this.locutions.set(lId, {
      ...(isObject(stored.locution) ? stored.locution : {}),
      ...timestamp,
      nodeID: lId,
      personID: this.participantIds.get(expert.id),
      ...(source && { source: source.url ?? source.title }),
    });
  }

  /** Nodes and edges the map could not show, as they were imported. */
  unmapped() {
    const unmapped = unmappedOf(this.dataset);
    for (const node of Array.isArray(unmapped.nodes) ? unmapped.nodes : [])
      if (isObject(node) && aifId(node.nodeID) && !this.emitted.has(aifId(node.nodeID) as string))
        this.emit(node);
    for (const edge of Array.isArray(unmapped.edges) ? unmapped.edges : []) {
      const [from, to] = isObject(edge) ? [aifId(edge.fromID), aifId(edge.toID)] : [];
      if (from && to && this.emitted.has(from) && this.emitted.has(to)) this.edge(from, to);
    }
  }

  document(): JsonObject {
    const positions = [
      ...this.dataset.nodes.flatMap(({ id, position }) =>
        position && this.emitted.has(id) ? [{ id, position }] : [],
      ),
      ...[...this.locutionPositions].map(([id, position]) => ({ id, position })),
    ];
    const text =
      isObject(this.dataset.aif) && typeof this.dataset.aif.text === 'string' ? this.dataset.aif.text : '';
    return {
      AIF: {
        nodes: this.nodes,
        edges: this.edges,
        locutions: [...this.locutions.values()],
        participants: this.participants,
        schemefulfillments: [],
        descriptorfulfillments: [],
        cqdescriptorfulfillments: [],
      },
      text,
      ...(positions.length > 0 && {
        OVA: {
          firstname: '',
          surname: '',
          url: '',
          nodes: positions.map(({ id, position }) => ({
            nodeID: id,
            visible: true,
            x: position?.x,
            y: position?.y,
            timestamp: '',
          })),
          edges: [],
        },
      }),
    };
  }

  private emit(node: JsonObject) {
    const id = String(node.nodeID);
    if (this.emitted.has(id)) return;
    this.emitted.add(id);
    this.nodes.push({ ...node, nodeID: id });
  }

  private edge(from: string, to: string) {
    const key = `${from}\u0000${to}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ edgeID: this.edges.length + 1, fromID: from, toID: to, formEdgeID: null });
  }

  /** A stored id unless a dataset node holds it, else a fresh one. */
  private own(id: string | undefined, prefix: string): string {
    return id && !this.byId.has(id) ? id : this.fresh(prefix);
  }

  private fresh(prefix: string): string {
    let id: string;
    do id = `${prefix}${++this.freshCount}`;
    while (this.byId.has(id) || this.emitted.has(id) || this.reserved.has(id));
    return id;
  }
}

/** Ids kept in `aif` fields, which entries reuse when exported: fresh ids must avoid them. */
function storedIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    const id = isObject(value) ? aifId(value.nodeID) : undefined;
    if (id) ids.add(id);
  };
  for (const relation of dataset.relations)
    if (isObject(relation.aif)) [relation.aif, relation.aif.L, relation.aif.YA].forEach(add);
  const unmapped = unmappedOf(dataset);
  if (Array.isArray(unmapped.nodes)) unmapped.nodes.forEach(add);
  return ids;
}

const unmappedOf = (dataset: Dataset): JsonObject =>
  isObject(dataset.aif) && isObject(dataset.aif.unmapped) ? dataset.aif.unmapped : {};

/** A claim that stands for an AIF scheme node (an inference that is undercut, say). */
const isSchemeNode = (node: ArgumentNode) => isObject(node.aif) && isDrawnScheme(node.aif.type);
