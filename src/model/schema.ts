import * as v from 'valibot';
import { LIMITS } from './limits.ts';

// The runtime schema is the single source of truth: types are inferred from it (types.ts) and the
// JSON Schema in graph-data/schema.json is generated from it (scripts/json-schema.ts).
// Every object is "loose": fields we do not know are kept, so a file read and written back loses nothing.

const Id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.maxIdLength),
  v.regex(/^\S(.*\S)?$/, 'Invalid id: must not start or end with whitespace'),
  // Control characters are reserved: derived edge keys use one, so they can never collide with a relation's.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point of the check
  v.regex(/^[^\u0000-\u001f\u007f]*$/, 'Invalid id: must not contain control characters'),
  v.description('Unique identifier, preferably a kebab-case slug such as "nk-accepts-drills".'),
);
const ShortText = (description: string) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxLabelLength), v.description(description));
const LongText = (description: string) =>
  v.pipe(v.string(), v.maxLength(LIMITS.maxTextFieldLength), v.description(description));
const IsoDate = v.pipe(v.string(), v.isoDate(), v.description('A calendar date, YYYY-MM-DD.'));
const Tags = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxLabelLength))),
  v.description('Free-form tags, e.g. ["history", "military"].'),
);
const Weight = v.pipe(
  v.number(),
  v.minValue(0),
  v.maxValue(1),
  v.description('Base score in [0, 1] for gradual semantics; 0.5 when absent.'),
);
const Position = v.pipe(
  v.looseObject({ x: v.pipe(v.number(), v.finite()), y: v.pipe(v.number(), v.finite()) }),
  v.description('Saved position in model coordinates; used by the preset layout when every node has one.'),
);

export const SourceSchema = v.looseObject({
  id: Id,
  title: ShortText('Title of the article, document or dataset.'),
  publisher: v.optional(ShortText('Publisher, e.g. "The Korea Times".')),
  author: v.optional(ShortText('Author or authors.')),
  date: v.optional(IsoDate),
  url: v.optional(v.pipe(v.string(), v.url(), v.description('Where the source can be read.'))),
});

/** Fields every node kind shares. */
const nodeEntries = {
  id: Id,
  label: ShortText('Short label shown on the graph; wraps to at most three lines.'),
  text: v.optional(LongText('Full text shown in the inspector.')),
  source: v.optional(v.pipe(Id, v.description('Id of the source this node comes from.'))),
  weight: v.optional(Weight),
  tags: v.optional(Tags),
  position: v.optional(Position),
};

export const ClaimSchema = v.looseObject({
  ...nodeEntries,
  kind: v.pipe(v.literal('claim'), v.description('A proposition that can be supported or disputed.')),
});

export const ExpertSchema = v.looseObject({
  ...nodeEntries,
  kind: v.pipe(v.literal('expert'), v.description('A person or institution that takes positions.')),
  role: v.optional(ShortText('Role or title, e.g. "Professor of North Korean studies".')),
  affiliation: v.optional(ShortText('Institution, e.g. "Ewha Womans University".')),
});

export const EvidenceSchema = v.looseObject({
  ...nodeEntries,
  kind: v.pipe(v.literal('evidence'), v.description('A fact, document, statistic or piece of history.')),
});

export const NodeSchema = v.variant('kind', [ClaimSchema, ExpertSchema, EvidenceSchema]);

export const RelationSchema = v.looseObject({
  id: v.optional(Id),
  from: v.pipe(Id, v.description('Id of the node that takes the stance.')),
  to: v.pipe(Id, v.description('Id of the node supported or disputed.')),
  type: v.pipe(v.picklist(['supports', 'disputes']), v.description('"supports" or "disputes".')),
  source: v.optional(v.pipe(Id, v.description('Id of the source where the relation is stated.'))),
  quote: v.optional(LongText('Verbatim words from the source that state this relation.')),
  date: v.optional(IsoDate),
  tags: v.optional(Tags),
});

export const DatasetSchema = v.looseObject({
  $schema: v.optional(v.string()),
  format: v.pipe(v.literal('argument-graph'), v.description('Always "argument-graph".')),
  version: v.pipe(v.literal(1), v.description('Format version; this reader understands 1.')),
  id: v.optional(Id),
  title: v.optional(ShortText('Title of the debate.')),
  description: v.optional(LongText('What the debate is about.')),
  sources: v.pipe(v.array(SourceSchema), v.maxLength(LIMITS.maxSources)),
  nodes: v.pipe(v.array(NodeSchema), v.maxLength(LIMITS.maxNodes)),
  relations: v.pipe(v.array(RelationSchema), v.maxLength(LIMITS.maxRelations)),
});
