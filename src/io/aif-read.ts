import { type Problem, pointer } from '../model/index.ts';
import type { DatasetBuilder } from './builder.ts';
import { isObject, type JsonObject } from './json.ts';

// Reads the two AIF JSON variants (bare AIFdb nodeset, OVA3/xAIF wrapper) into one shape, with ids
// as strings whether the file used strings or numbers. Entries that cannot be read are warned about.

export interface AifNode {
  id: string;
  type: string;
  text: string;
  /** The node as found, with `nodeID` as a string (and `schemeID` from schemefulfillments). */
  raw: JsonObject;
  path: string;
}

export interface AifEdge {
  from: string;
  to: string;
  raw: JsonObject;
  path: string;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  /** Locution records by L node id (`personID`, `timestamp`, `source`, …). */
  locutions: Map<string, JsonObject>;
  participants: Array<{ id: string; name: string; raw: JsonObject }>;
  /** OVA canvas positions by node id. */
  positions: Map<string, { x: number; y: number }>;
  /** The analysed text of an OVA3/xAIF file. */
  text?: string;
}

/** An AIF id as a string: AIFdb writes strings, xAIF numbers. */
export function aifId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

export function readAif(value: unknown, builder: DatasetBuilder): AifDocument | Problem[] {
  if (!isObject(value))
    return [
      {
        path: '',
        message: 'Expected an AIF JSON object',
        hint: 'AIF JSON is {"nodes": [...], "edges": [...]} or an OVA3 file {"AIF": {...}, "OVA": {...}}.',
      },
    ];
  const wrapped = isObject(value.AIF) ? 'AIF' : isObject(value.aif) ? 'aif' : undefined;
  const aif = wrapped ? (value[wrapped] as JsonObject) : value;
  const base = wrapped ? [wrapped] : [];
  if (!Array.isArray(aif.nodes))
    return [
      {
        path: pointer([...base, 'nodes']),
        message: 'AIF JSON needs a "nodes" array',
        hint: 'List the nodes as [{"nodeID": "1", "text": "…", "type": "I"}, …].',
      },
    ];

  const schemeIds = new Map<string, unknown>();
  for (const fulfilment of asArray(aif.schemefulfillments))
    if (isObject(fulfilment) && aifId(fulfilment.nodeID))
      schemeIds.set(aifId(fulfilment.nodeID) as string, fulfilment.schemeID);

  const nodes: AifNode[] = [];
  const seen = new Set<string>();
  for (const [i, node] of aif.nodes.entries()) {
    const path = pointer([...base, 'nodes', i]);
    const id = isObject(node) ? aifId(node.nodeID) : undefined;
    if (!isObject(node) || id === undefined) {
      builder.warn(
        path,
        'AIF node without a usable "nodeID": skipped',
        'Give every node a string or number "nodeID".',
      );
      continue;
    }
    if (seen.has(id)) {
      builder.warn(path, `Duplicate AIF nodeID "${id}": skipped`, 'Give every node a unique "nodeID".');
      continue;
    }
    seen.add(id);
    const raw: JsonObject = { ...node, nodeID: id };
    if (raw.schemeID === undefined && schemeIds.has(id)) raw.schemeID = schemeIds.get(id);
    nodes.push({
      id,
      type: typeof node.type === 'string' ? node.type.trim().toUpperCase() : '',
      text: typeof node.text === 'string' ? node.text : '',
      raw,
      path,
    });
  }

  const edges: AifEdge[] = [];
  for (const [i, edge] of asArray(aif.edges).entries()) {
    const path = pointer([...base, 'edges', i]);
    const from = isObject(edge) ? aifId(edge.fromID) : undefined;
    const to = isObject(edge) ? aifId(edge.toID) : undefined;
    if (!isObject(edge) || from === undefined || to === undefined) {
      builder.warn(
        path,
        'AIF edge without "fromID" and "toID": skipped',
        'Give every edge a "fromID" and a "toID".',
      );
      continue;
    }
    const unknown = [from, to].find((end) => !seen.has(end));
    if (unknown !== undefined) {
      builder.warn(
        path,
        `AIF edge refers to unknown node "${unknown}": skipped`,
        'Point edges at nodeIDs of listed nodes.',
      );
      continue;
    }
    edges.push({ from, to, raw: { ...edge, fromID: from, toID: to }, path });
  }

  const locutions = new Map<string, JsonObject>();
  for (const locution of asArray(aif.locutions))
    if (isObject(locution) && aifId(locution.nodeID))
      locutions.set(aifId(locution.nodeID) as string, locution);

  const participants = asArray(aif.participants).flatMap((participant) => {
    const id = isObject(participant) ? aifId(participant.participantID) : undefined;
    if (!isObject(participant) || id === undefined) return [];
    const name = [participant.firstname, participant.surname]
      .filter((part) => typeof part === 'string')
      .join(' ');
    return [{ id, name: name.trim(), raw: participant }];
  });

  const positions = new Map<string, { x: number; y: number }>();
  const ova = isObject(value.OVA) ? value.OVA : undefined;
  for (const node of asArray(ova?.nodes))
    if (isObject(node) && aifId(node.nodeID) && Number.isFinite(node.x) && Number.isFinite(node.y))
      positions.set(aifId(node.nodeID) as string, { x: node.x as number, y: node.y as number });

  const text = wrapped && typeof value.text === 'string' && value.text.trim() ? value.text : undefined;
  return { nodes, edges, locutions, participants, positions, ...(text && { text }) };
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
