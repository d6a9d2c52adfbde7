import type * as v from 'valibot';
import type {
  ClaimSchema,
  DatasetSchema,
  EvidenceSchema,
  ExpertSchema,
  NodeSchema,
  RelationSchema,
  SourceSchema,
} from './schema.ts';

/** A whole debate map: sources, nodes and the relations between them (format "argument-graph", version 1). */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** Where quotes and evidence come from: an article, a report, a dataset. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** A claim, an expert or a piece of evidence; `kind` tells which. */
export type ArgumentNode = v.InferOutput<typeof NodeSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Expert = v.InferOutput<typeof ExpertSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type NodeKind = ArgumentNode['kind'];
/** An asserted relation: `from` supports or disputes `to`. */
export type Relation = v.InferOutput<typeof RelationSchema>;
export type RelationType = Relation['type'];

export const NODE_KINDS: readonly NodeKind[] = ['claim', 'expert', 'evidence'];
export const RELATION_TYPES: readonly RelationType[] = ['supports', 'disputes'];
/** Base score used by gradual semantics when a node has no `weight`. */
export const DEFAULT_WEIGHT = 0.5;

/**
 * The key a relation has in graphs and views: its `id`, or one derived from its endpoints and type.
 * JSON keeps the derived key unambiguous whatever characters the ids contain.
 */
export function relationKey(relation: Pick<Relation, 'id' | 'from' | 'to' | 'type'>): string {
  return relation.id ?? JSON.stringify([relation.from, relation.type, relation.to]);
}
