import * as v from 'valibot';
import { LIMITS } from './limits.ts';
import { type Problem, pointer, problemFromIssue } from './problems.ts';
import { checkReferences } from './references.ts';
import { DatasetSchema } from './schema.ts';
import type { Dataset } from './types.ts';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * Reads a dataset from JSON text or from an already parsed value.
 * Returns the typed dataset, or every problem found (schema, references, limits); never throws.
 */
export function parseDataset(input: unknown): ParseResult {
  return typeof input === 'string' ? parseDatasetText(input) : validateValue(input);
}

function validateValue(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return failure({
      path: '',
      message: `Expected a JSON object but got ${describe(input)}`,
      hint: 'A dataset is an object: {"format": "argument-graph", "version": 1, "sources": [], "nodes": [], "relations": []}.',
    });
  const tooDeep = findTooDeep(input);
  if (tooDeep) return failure(tooDeep);

  const problems =
    v.safeParse(DatasetSchema, input, { abortEarly: false }).issues?.map(problemFromIssue) ?? [];
  problems.push(...checkReferences(input as Record<string, unknown>));
  if (problems.length > 0) return { ok: false, problems: sortByPath(problems) };
  // Valid: the input already has the Dataset shape, and keeping it (not a copy) keeps unknown fields as they were.
  return { ok: true, dataset: input as Dataset };
}

/** Parses JSON text; syntax errors report line and column. */
export function parseDatasetText(text: string): ParseResult {
  if (text.length > LIMITS.maxTextLength)
    return failure({
      path: '',
      message: `File too large: ${text.length} characters (limit ${LIMITS.maxTextLength})`,
      hint: 'Split the debate into several datasets.',
    });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return failure({
      path: '',
      message: `Not valid JSON: ${jsonErrorWithPosition(text, error)}`,
      hint: 'Check for a missing comma or quote, a trailing comma, or comments (JSON allows none).',
    });
  }
  return validateValue(value);
}

function failure(problem: Problem): ParseResult {
  return { ok: false, problems: [problem] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `${typeof value} ${String(value)}`;
}

/**
 * Finds a value nested deeper than the limit without recursing (also ends on cyclic objects).
 * The walk keeps only values and depths; the path is rebuilt for the one offending value.
 */
function findTooDeep(root: object): Problem | undefined {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= LIMITS.maxDepth) return tooDeep(root, value);
    for (const child of Array.isArray(value) ? value : Object.values(value))
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
  }
  return undefined;
}

function tooDeep(root: object, target: object): Problem {
  return {
    path: pointer(pathTo(root, target, LIMITS.maxDepth) ?? []),
    message: `Nested too deeply: more than ${LIMITS.maxDepth} levels of arrays and objects`,
    hint: 'A dataset needs only a few levels; check for runaway nesting or a generated cycle.',
  };
}

/** Depth-first search for `target`, at most `limit` levels deep (so the recursion stays bounded). */
function pathTo(from: unknown, target: object, limit: number): Array<string | number> | undefined {
  if (from === target) return [];
  if (limit === 0 || typeof from !== 'object' || from === null) return undefined;
  for (const [key, child] of Object.entries(from)) {
    const rest = pathTo(child, target, limit - 1);
    if (rest) return [Array.isArray(from) ? Number(key) : key, ...rest];
  }
  return undefined;
}

function jsonErrorWithPosition(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 names the offset ("at position 12"), except at the end of the text.
  const position = /position (\d+)/.exec(message);
  const before = position ? text.slice(0, Number(position[1])) : text;
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}

function sortByPath(problems: Problem[]): Problem[] {
  const rank = (path: string) =>
    path
      .split('/')
      .map((s) => (/^\d+$/.test(s) ? s.padStart(10, '0') : s))
      .join('/');
  return problems.sort((a, b) => (rank(a.path) < rank(b.path) ? -1 : rank(a.path) > rank(b.path) ? 1 : 0));
}
