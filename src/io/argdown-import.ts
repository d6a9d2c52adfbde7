import type {
  IArgdownResponse,
  IArgument,
  IConclusion,
  IEquivalenceClass,
  IStatement,
  RelationMember,
} from '@argdown/core';
import { LIMITS, NODE_KINDS, type NodeKind, type Problem, type RelationType } from '../model/index.ts';
import { DatasetBuilder } from './builder.ts';
import { isObject, type JsonObject } from './json.ts';
import { at, labelAndText, oneLine, slugify } from './text.ts';
import type { Imported } from './types.ts';

// Argdown → dataset through @argdown/core. This module is imported lazily (see index.ts): the parser
// is large and only Argdown input needs it. Mapping (docs/FORMATS.md): statements and arguments →
// claims; a premise-conclusion structure → each premise supports the argument, the argument supports
// its conclusions; relations → supports or disputes, the Argdown relation type kept; tags and YAML
// data kept; data naming an expert or a source → an expert node that supports the element, a source.

/** Relation types that count as support; the others (attack, undercut, contrary, contradictory) dispute. */
const SUPPORTING: readonly string[] = ['support', 'entails'];
/** Data keys that name who states an element. */
const EXPERT_KEYS = ['expert', 'experts', 'speaker'];
const UNTITLED = /^Untitled \d+$/;

type Element = IEquivalenceClass | IArgument;

export async function importArgdown(text: string): Promise<Imported> {
  if (!text.trim())
    return failure({ path: 'line 1', message: 'The Argdown document is empty', hint: SYNTAX_HINT });
  const { argdown, IArgument, IEquivalenceClass, IRelation } = await import('@argdown/core');
  let response: IArgdownResponse;
  try {
    response = argdown.run({
      input: text,
      process: ['parse-input', 'build-model'],
      logLevel: 'none',
      logExceptions: false,
      // Tags are kept as tags; left in the text they would be written twice on export.
      model: { removeTagsFromText: true },
    });
  } catch (error) {
    return failure({ path: '', message: `Argdown could not be read: ${String(error)}`, hint: SYNTAX_HINT });
  }
  const problems = syntaxProblems(response);
  if (problems.length > 0) return { ok: false, problems };
  // In the order they are defined (Argdown lists them in order of first mention), so a file written
  // from a dataset reads back in the dataset's order.
  const statements = byDefinition(Object.values(response.statements ?? {}));
  const args = byDefinition(Object.values(response.arguments ?? {}));
  if (statements.length === 0 && args.length === 0)
    return failure({
      path: 'line 1',
      message: 'No Argdown statements or arguments found',
      hint: SYNTAX_HINT,
    });

  const builder = new DatasetBuilder();
  const statementIds = new Map(
    statements.map((s) => [s.title, addElement(builder, s, IEquivalenceClass.getCanonicalMember(s))]),
  );
  const argumentIds = new Map(
    args.map((a) => [a.title, addElement(builder, a, IArgument.getCanonicalMember(a))]),
  );
  const idOf = (member: RelationMember | undefined): string | undefined => {
    if (member?.type === 'equivalence-class') return statementIds.get(member.title);
    if (member?.type === 'argument') return argumentIds.get(member.title);
    return member?.type === 'inference' ? argumentIds.get(member.argumentTitle) : undefined;
  };

  // Premise-conclusion structures before explicit relations: when both state the same support, the
  // one that knows its place in the structure is kept.
  for (const argument of args) {
    const inference = argument.pcs.map((s) => (s as IConclusion).inference).find(describesInference);
    if (inference)
      builder.warn(
        at(inference.startLine ?? argument.startLine ?? 0),
        `Inference rules and data of <${argument.title}> are not kept: the map has no place for them`,
        "Write them into the argument's text if the map should show them.",
      );
    argument.pcs.forEach((statement, i) => {
      const statementId = statementIds.get(statement.title) as string;
      const argumentId = argumentIds.get(argument.title) as string;
      const role = statement.role;
      const [from, to] = role === 'premise' ? [statementId, argumentId] : [argumentId, statementId];
      relate(
        builder,
        { from, to, type: 'supports', argdown: { role, position: i + 1 } },
        statement.startLine,
      );
    });
  }
  for (const relation of response.relations ?? []) {
    const from = idOf(relation.from);
    const to = idOf(relation.to);
    const line = relation.occurrences[0]?.startLine;
    if (!from || !to) {
      builder.warn(
        line ? at(line) : '',
        `A ${relation.relationType} relation has an end that is not a statement or argument: skipped`,
        SYNTAX_HINT,
      );
      continue;
    }
    const type: RelationType = SUPPORTING.includes(relation.relationType) ? 'supports' : 'disputes';
    const argdownFields = { relationType: relation.relationType };
    relate(builder, { from, to, type, argdown: argdownFields }, line);
    if (IRelation.isSymmetric(relation))
      relate(builder, { from: to, to: from, type, argdown: argdownFields }, line);
  }
  for (const element of [...statements, ...args]) {
    const id = (element.type === 'argument' ? argumentIds : statementIds).get(element.title) as string;
    linkData(builder, id, element);
  }

  const front: JsonObject = isObject(response.frontMatter) ? plainData(response.frontMatter) : {};
  const { title, description, ...frontMatter } = front;
  const header = {
    ...(typeof title === 'string' &&
      oneLine(title) && { title: oneLine(title).slice(0, LIMITS.maxLabelLength) }),
    ...(typeof description === 'string' && description.trim() && { description: description.trim() }),
    ...(Object.keys(frontMatter).length > 0 && { argdown: { frontMatter } }),
  };
  return { ok: true, dataset: builder.build(header), warnings: builder.warnings };
}

const describesInference = (inference: IConclusion['inference']) =>
  Boolean(
    inference?.inferenceRules?.length ||
      (isObject(inference?.data) && Object.keys(inference.data).length > 0),
  );

function byDefinition<T extends Element>(elements: T[]): T[] {
  const line = (element: Element) =>
    Math.min(
      ...element.members.filter((m) => !m.isReference).map((m) => m.startLine ?? Number.POSITIVE_INFINITY),
    );
  return elements
    .map((element) => ({ element, line: line(element) }))
    .sort((a, b) => a.line - b.line)
    .map((e) => e.element);
}

const SYNTAX_HINT =
  'See the Argdown syntax: "[Statement]: text", "<Argument>: text", relations indented under their parent, a blank line between top-level blocks.';

function failure(problem: Problem): Imported {
  return { ok: false, problems: [problem] };
}

function syntaxProblems(response: IArgdownResponse): Problem[] {
  const syntax = [
    ...(response.lexerErrors ?? []).map((e) => ({ path: at(e.line ?? 0, e.column), message: e.message })),
    ...(response.parserErrors ?? []).map((e) => ({
      path: Number.isFinite(e.token?.startLine) ? at(e.token.startLine as number, e.token.startColumn) : '',
      message: e.message,
    })),
  ];
  // Plugin exceptions after a syntax error only echo it ("No ast field"): report them on their own.
  const problems =
    syntax.length > 0 ? syntax : (response.exceptions ?? []).map((e) => ({ path: '', message: e.message }));
  return problems.map(({ path, message }) => ({ path, message: conciseMessage(message), hint: SYNTAX_HINT }));
}

/** The parser lists every token it could have accepted; the place and what it found say enough. */
const conciseMessage = (message: string) =>
  message
    .replace(/<\[[\s\S]*\]>/, '…')
    .replace(/\s+/g, ' ')
    .trim();

function relate(
  builder: DatasetBuilder,
  relation: Parameters<DatasetBuilder['addRelation']>[0],
  line?: number,
) {
  if (builder.addRelation(relation) === 'self')
    builder.warn(
      line ? at(line) : '',
      `"${relation.from}" cannot ${relation.type === 'supports' ? 'support' : 'dispute'} itself: relation skipped`,
      'Relate an element to another one.',
    );
  // A repeat states a relation already in the map (often a pcs and an explicit relation): nothing is lost.
}

/** Adds a statement or an argument as a claim (or the kind its data names) and returns its id. */
function addElement(builder: DatasetBuilder, element: Element, member: IStatement | undefined): string {
  const type = element.type === 'argument' ? 'argument' : 'statement';
  const title = element.title ?? '';
  const fullText = oneLine(member?.text ?? '');
  // Argdown titles untitled statements "Untitled 3": the text says more.
  const untitled = UNTITLED.test(title) && fullText !== '';
  const derived = labelAndText(fullText);
  const label = untitled ? derived.label : oneLine(title).slice(0, LIMITS.maxLabelLength) || derived.label;
  const text = untitled ? derived.text : fullText && fullText !== label ? fullText : undefined;
  const data = isObject(element.data) ? plainData(element.data) : undefined;
  const kind = NODE_KINDS.includes(data?.kind as NodeKind) ? (data?.kind as NodeKind) : 'claim';
  const id = builder.id(slugify(title), type);
  const tags = (element.tags ?? []).filter((tag) => tag.trim() !== '');
  builder.addNode({
    id,
    kind,
    label,
    ...(text && { text }),
    ...(tags.length > 0 && { tags }),
    ...fieldsFromData(data, kind),
    argdown: {
      type,
      ...(title !== label && { title }),
      ...(data && { data }),
      ...(element.section?.title && { section: element.section.title }),
    },
  });
  return id;
}

/** Node fields an element's data may set: an expert's role and affiliation, a base weight. */
function fieldsFromData(data: JsonObject | undefined, kind: NodeKind): JsonObject {
  const fields: JsonObject = {};
  const short = (value: unknown) =>
    typeof value === 'string' && oneLine(value) ? oneLine(value).slice(0, LIMITS.maxLabelLength) : undefined;
  if (kind === 'expert') {
    if (short(data?.role)) fields.role = short(data?.role);
    if (short(data?.affiliation)) fields.affiliation = short(data?.affiliation);
  }
  if (typeof data?.weight === 'number' && data.weight >= 0 && data.weight <= 1) fields.weight = data.weight;
  return fields;
}

/** Data naming a source or experts: the source becomes the node's source, each expert a supporter. */
function linkData(builder: DatasetBuilder, id: string, element: Element) {
  const data = isObject(element.data) ? element.data : undefined;
  if (!data) return;
  const node = builder.node(id);
  const sourceId = sourceOf(builder, data);
  if (sourceId && node) node.source = sourceId;
  const quote = typeof data.quote === 'string' && data.quote.trim() ? data.quote.trim() : undefined;
  for (const name of EXPERT_KEYS.flatMap((key) => names(data[key]))) {
    const expert = builder.expert(name, { argdown: { fromData: true } });
    builder.addRelation({
      from: expert,
      to: id,
      type: 'supports',
      ...(quote && { quote }),
      ...(sourceId && { source: sourceId }),
      argdown: { fromData: true },
    });
  }
}

function sourceOf(builder: DatasetBuilder, data: JsonObject): string | undefined {
  const value = data.source;
  if (typeof value === 'string' && value.trim()) return builder.source(value.trim(), value.trim());
  if (isObject(value) && (typeof value.title === 'string' || typeof value.url === 'string')) {
    const url = typeof value.url === 'string' ? value.url : undefined;
    return builder.source(typeof value.title === 'string' ? value.title : (url as string), url);
  }
  return typeof data.url === 'string' && URL.canParse(data.url)
    ? builder.source(data.url, data.url)
    : undefined;
}

const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .filter((name): name is string => typeof name === 'string' && oneLine(name) !== '')
    .map((name) => oneLine(name).slice(0, LIMITS.maxLabelLength));

/** YAML may hold dates and other non-JSON values; the dataset keeps their JSON form. */
const plainData = (data: object): JsonObject => JSON.parse(JSON.stringify(data));
