import * as v from 'valibot';
import type { RelationType } from '../model/index.ts';
import { type AifDocument, type AifEdge, type AifNode, aifId, readAif } from './aif-read.ts';
import {
  type DrawnScheme,
  isDrawnScheme,
  relationTypeOf,
  SCHEME_WORDS,
  schemeName,
  schemeNodeTags,
  splitSpeaker,
  stanceOf,
} from './aif-vocabulary.ts';
import { DatasetBuilder } from './builder.ts';
import { groupBy, type JsonObject, omit } from './json.ts';
import { labelAndText, oneLine } from './text.ts';
import type { Imported } from './types.ts';

// AIF → dataset. How each AIF node type is represented is documented in docs/FORMATS.md:
// I → claim; RA/MA → supports, CA → disputes, from every premise to every conclusion, the scheme node
// kept whole in the relation's `aif` field; a scheme node that another scheme node points at (an
// undercut: CA → RA) becomes a claim of its own so the attack has something to hit; L + YA + locution →
// an expert (the speaker) supporting or disputing the proposition, the locution text as quote. The rest
// (TA, PA, unanchored locutions) is kept in the dataset field `aif.unmapped` and listed in warnings.

export function importAif(value: unknown): Imported {
  const builder = new DatasetBuilder();
  const doc = readAif(value, builder);
  if (Array.isArray(doc)) return { ok: false, problems: doc };
  const graph = new AifGraph(doc);
  const ids = new Map<string, string>(); // AIF id → dataset node id, for nodes drawn as nodes
  const consumedNodes = new Set<string>();
  const consumedEdges = new Set<AifEdge>();

  const addNode = (
    aif: AifNode,
    node: { label: string; text?: string; tags?: string[]; aif?: JsonObject },
  ) => {
    const id = builder.id(aif.id);
    ids.set(aif.id, id);
    consumedNodes.add(aif.id);
    const position = doc.positions.get(aif.id);
    builder.addNode({ id, kind: 'claim', ...node, ...(position && { position }) });
  };

  for (const node of doc.nodes.filter((n) => n.type === 'I')) {
    if (!oneLine(node.text))
      builder.warn(
        node.path,
        'I-node with empty text: labelled "(empty)"',
        'Give every I-node its proposition.',
      );
    const extras = omit(node.raw, ['nodeID', 'text', 'type']);
    addNode(node, {
      ...labelAndText(oneLine(node.text) ? node.text : '(empty)'),
      ...(Object.keys(extras).length > 0 && { aif: extras }),
    });
  }
  for (const node of doc.nodes.filter((n) => graph.isMaterialised(n)))
    addNode(node, { ...labelAndText(graph.describe(node)), tags: schemeNodeTags(node.raw), aif: node.raw });

  const relate = (from: string, to: string, type: RelationType, extra: JsonObject, via: AifNode) => {
    const relation = { from, to, type, ...extra };
    let outcome = builder.addRelation(relation);
    // Two scheme nodes between the same propositions are two arguments: keep both, the second with an id.
    if (outcome === 'duplicate')
      outcome = builder.addRelation({ id: builder.id(`${via.id}:${from}`), ...relation });
    if (outcome === 'self')
      builder.warn(
        via.path,
        `${via.type} node "${via.id}" joins "${from}" to itself: not drawn`,
        'A proposition cannot support or attack itself.',
      );
    return outcome === 'added';
  };

  for (const scheme of doc.nodes.filter((n) => isDrawnScheme(n.type))) {
    const type = scheme.type as DrawnScheme;
    // Premises are I-nodes; an edge from another scheme node belongs to that node's own relations.
    const premises = graph.incoming(scheme).filter((e) => graph.node(e.from).type === 'I');
    const conclusions = graph.outgoing(scheme).filter((e) => ids.has(e.to));
    if (graph.isMaterialised(scheme)) {
      for (const edge of premises)
        if (relate(ids.get(edge.from) as string, ids.get(scheme.id) as string, 'supports', {}, scheme))
          consumedEdges.add(edge);
      for (const edge of conclusions)
        if (
          relate(ids.get(scheme.id) as string, ids.get(edge.to) as string, relationTypeOf(type), {}, scheme)
        )
          consumedEdges.add(edge);
      continue;
    }
    if (premises.length === 0 || conclusions.length === 0) continue; // left unmapped, warned below
    let drawn = false;
    for (const premise of premises)
      for (const conclusion of conclusions)
        if (
          relate(
            ids.get(premise.from) as string,
            ids.get(conclusion.to) as string,
            relationTypeOf(type),
            { aif: scheme.raw },
            scheme,
          )
        ) {
          consumedEdges.add(premise).add(conclusion);
          drawn = true;
        }
    if (drawn) consumedNodes.add(scheme.id);
  }

  importLocutions(doc, graph, builder, ids, consumedNodes, consumedEdges);

  const unmappedNodes = doc.nodes.filter((n) => !consumedNodes.has(n.id));
  const unmappedEdges = doc.edges.filter((e) => !consumedEdges.has(e));
  warnUnmapped(builder, unmappedNodes, unmappedEdges, consumedNodes);
  const aif: JsonObject = {
    ...(doc.text && { text: doc.text }),
    ...((unmappedNodes.length > 0 || unmappedEdges.length > 0) && {
      unmapped: { nodes: unmappedNodes.map((n) => n.raw), edges: unmappedEdges.map((e) => e.raw) },
    }),
  };
  const dataset = builder.build(Object.keys(aif).length > 0 ? { aif } : {});
  return { ok: true, dataset, warnings: builder.warnings };
}

/** Each L node with an illocution (YA) anchored in a proposition: the speaker's stance, quoted. */
function importLocutions(
  doc: AifDocument,
  graph: AifGraph,
  builder: DatasetBuilder,
  ids: Map<string, string>,
  consumedNodes: Set<string>,
  consumedEdges: Set<AifEdge>,
) {
  // Every participant is an expert, whether or not a locution of theirs could be drawn.
  const participantNames = new Map<string, string>();
  for (const participant of doc.participants) {
    const name = participant.name || `Participant ${participant.id}`;
    participantNames.set(participant.id, name);
    builder.expert(name, { aif: { participantID: participant.raw.participantID } });
  }

  for (const locution of doc.nodes.filter((n) => n.type === 'L')) {
    const record = doc.locutions.get(locution.id);
    const { speaker, words } = splitSpeaker(locution.text);
    const personId = aifId(record?.personID);
    const name = (personId && participantNames.get(personId)) || speaker;
    for (const toYa of graph.outgoing(locution).filter((e) => graph.node(e.to).type === 'YA')) {
      const ya = graph.node(toYa.to);
      const type = stanceOf(ya.text);
      if (!type || !name) continue; // no stance, or nobody to hold it: left unmapped and warned
      for (const toTarget of graph.outgoing(ya).filter((e) => ids.has(e.to))) {
        const source =
          typeof record?.source === 'string' && record.source.trim() ? record.source.trim() : undefined;
        const date = typeof record?.timestamp === 'string' ? record.timestamp.slice(0, 10) : undefined;
        const outcome = builder.addRelation({
          from: builder.expert(name),
          to: ids.get(toTarget.to) as string,
          type,
          ...(words && { quote: words }),
          ...(source && { source: builder.source(source, source) }),
          ...(v.is(IsoDate, date) && { date }),
          aif: { L: omit(locution.raw, ['text']), YA: ya.raw, ...(record && { locution: record }) },
        });
        if (outcome !== 'added') continue;
        // A speaker has no node in AIF: OVA's place for their first locution stands for them.
        const at = doc.positions.get(locution.id);
        if (at) builder.placeOnce(builder.expert(name), at);
        consumedNodes.add(locution.id).add(ya.id);
        consumedEdges.add(toYa).add(toTarget);
      }
    }
  }
}

const IsoDate = v.pipe(v.string(), v.isoDate());

const UNMAPPED_REASONS: Record<string, string> = {
  PA: 'preferences have no counterpart on the map',
  TA: 'transitions order the dialogue; the map shows stances, not turns',
  YA: 'illocutions anchored in transitions or scheme nodes, or asking a question, take no stance on the map',
  L: 'locutions without a speaker or an illocution anchored in a proposition have no stance to show',
  RA: 'an inference without a premise or a conclusion joins nothing',
  CA: 'a conflict without an attacker or a target joins nothing',
  MA: 'a rephrase without both ends joins nothing',
};

function warnUnmapped(builder: DatasetBuilder, nodes: AifNode[], edges: AifEdge[], mapped: Set<string>) {
  const hint = 'They are kept in the dataset field "aif.unmapped"; AIF export writes them back.';
  const byType = groupBy(nodes, (node) => node.type);
  for (const [type, list] of byType) {
    const what =
      list.length === 1 ? `1 ${type || 'untyped'} node` : `${list.length} ${type || 'untyped'} nodes`;
    const reason = UNMAPPED_REASONS[type] ?? `the map has no counterpart for AIF node type "${type}"`;
    builder.warn(list[0].path, `${what} not drawn: ${reason}`, hint);
  }
  const direct = edges.filter((edge) => mapped.has(edge.from) && mapped.has(edge.to));
  if (direct.length > 0)
    builder.warn(
      direct[0].path,
      `${direct.length} edge${direct.length === 1 ? '' : 's'} not drawn: edges between drawn nodes need a scheme node (RA, CA, MA) between them`,
      hint,
    );
}

/** Adjacency of an AIF document, and which scheme nodes become nodes of their own. */
class AifGraph {
  private readonly byId: Map<string, AifNode>;
  private readonly out: Map<string, AifEdge[]>;
  private readonly in: Map<string, AifEdge[]>;
  private readonly materialised = new Set<string>();

  constructor(doc: AifDocument) {
    this.byId = new Map(doc.nodes.map((n) => [n.id, n]));
    this.out = groupBy(doc.edges, (e) => e.from);
    this.in = groupBy(doc.edges, (e) => e.to);
    // A scheme node pointed at by another scheme node (an undercut CA → RA, a support of an inference,
    // an attack on an attack) must be a node of its own for that relation to have a target.
    for (const edge of doc.edges)
      if (isDrawnScheme(this.node(edge.from).type) && isDrawnScheme(this.node(edge.to).type))
        this.materialised.add(edge.to);
  }

  node(id: string): AifNode {
    return this.byId.get(id) as AifNode;
  }
  outgoing(node: AifNode): AifEdge[] {
    return this.out.get(node.id) ?? [];
  }
  incoming(node: AifNode): AifEdge[] {
    return this.in.get(node.id) ?? [];
  }
  isMaterialised(node: AifNode): boolean {
    return this.materialised.has(node.id);
  }

  /** "Inference (ExpertOpinion): premise + premise → conclusion", for a materialised scheme node. */
  describe(node: AifNode): string {
    const name = schemeName(node.raw);
    const end = (id: string) => {
      const other = this.node(id);
      return other.type === 'I'
        ? shorten(oneLine(other.text), 40)
        : (SCHEME_WORDS[other.type as DrawnScheme] ?? other.type);
    };
    // What it infers from, not what attacks it.
    const from = this.incoming(node)
      .filter((e) => ['I', 'RA', 'MA'].includes(this.node(e.from).type))
      .map((e) => end(e.from));
    const to = this.outgoing(node).map((e) => end(e.to));
    const word = SCHEME_WORDS[node.type as DrawnScheme];
    return `${word}${name ? ` (${name})` : ''}: ${from.join(' + ') || '?'} → ${to.join(' + ') || '?'}`;
  }
}

const shorten = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;
