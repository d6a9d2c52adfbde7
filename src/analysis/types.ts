import type { MultiDirectedGraph } from 'graphology';
import type { ArgumentNode, NodeKind, Relation, RelationType } from '../model/index.ts';

/** Gradual semantics offered by `analyze`. */
export type SemanticsName = 'dfquad' | 'quadratic-energy';
/** Grounded labelling (Dung 1995) over the disputes relation. */
export type GroundedStatus = 'accepted' | 'rejected' | 'undecided';
/** Types of edges computed from the asserted ones. */
export type DerivedEdgeType = 'agrees' | 'disagrees';
/** The documented rule (docs/ANALYSIS.md) that produced a derived edge. */
export type DerivedEdgeRule = 'shared-claim' | 'via-evidence';

/** Attributes of a graph node: the dataset node, plus what analysis assigns. */
export interface NodeAttributes {
  node: ArgumentNode;
  kind: NodeKind;
  label: string;
  /** Base score: the node's `weight`, or 0.5. */
  baseScore: number;
  strength?: number;
  status?: GroundedStatus;
  camp?: number | null;
  component?: number;
  /** Written by `controversy.assign`. */
  controversy?: number;
  /** Written by `centrality.assign`; betweenness is null when skipped for size. */
  degree?: number;
  betweenness?: number | null;
}

/** An asserted relation from the dataset. */
export interface AssertedEdgeAttributes {
  derived: false;
  type: RelationType;
  relation: Relation;
}

/** An edge computed by analysis; `via` names what produced it (claim ids, or evidence ids and claim ids). */
export interface DerivedEdgeAttributes {
  derived: true;
  type: DerivedEdgeType;
  rule: DerivedEdgeRule;
  weight: number;
  via: string[];
}

export type EdgeAttributes = AssertedEdgeAttributes | DerivedEdgeAttributes;
export interface GraphAttributes {
  title?: string;
  /** Written by `gradualStrength.assign`: which semantics produced `strength`, and how the solver ended. */
  semantics?: SemanticsReport;
}

/** How the strength solver ended: `iterations` is 1 for acyclic graphs (one exact pass in topological order). */
export interface SemanticsReport {
  name: SemanticsName;
  converged: boolean;
  iterations: number;
}

/** The debate as a graphology graph keyed by dataset ids (relation keys from `relationKey`). */
export type ArgumentGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface AnalyzeOptions {
  /** Gradual semantics; default 'dfquad'. */
  semantics?: SemanticsName;
  /** Convergence tolerance for cyclic graphs: stop when no strength is further than this from its update; default 1e-6. */
  tolerance?: number;
  /** Iteration cap for cyclic graphs; default 1000. */
  maxIterations?: number;
  /** Exact betweenness is O(V·E); by default it is computed only up to this many nodes (null above). Default 5000. */
  betweennessLimit?: number;
}

export interface NodeAnalysis {
  kind: NodeKind;
  label: string;
  baseScore: number;
  /** Gradual strength in [0, 1] under the chosen semantics. */
  strength: number;
  status: GroundedStatus;
  /** Direct asserted supporters / disputers (incoming relations), and their ids. */
  supporters: number;
  disputers: number;
  supporterIds: string[];
  disputerIds: string[];
  /** 1 when support and dispute are balanced, 0 when one-sided or unopposed (see docs/ANALYSIS.md). */
  controversy: number;
  /** Asserted in + out degree, counting distinct stances (repeated relations with the same ends and type once). */
  degree: number;
  /** Normalised betweenness over asserted relations; null when skipped for size. */
  betweenness: number | null;
  /** Camp index for experts (Louvain over the agreement graph), null for other kinds or isolated experts. */
  camp: number | null;
  /** Index of the weakly connected component (asserted relations). */
  component: number;
  /** One sentence saying where strength and status come from, for the inspector. */
  explanation: string;
}

export interface DerivedEdge {
  from: string;
  to: string;
  type: DerivedEdgeType;
  weight: number;
  via: string[];
  /** Which documented rule produced it: 'shared-claim' or 'via-evidence'. */
  rule: DerivedEdgeRule;
}

export interface Camp {
  id: number;
  experts: string[];
}

/** Plain, JSON-serialisable analysis output (the CLI prints it). */
export interface AnalysisResult {
  semantics: SemanticsReport;
  nodes: Record<string, NodeAnalysis>;
  derivedEdges: DerivedEdge[];
  camps: Camp[];
  components: string[][];
}

/** What `analyze` returns: the serialisable result plus the graphology graph with everything assigned. */
export interface Analysis {
  result: AnalysisResult;
  graph: ArgumentGraph;
}
