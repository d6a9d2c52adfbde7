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

/** Iteratively finds the first value nested deeper than the limit (also ends on cyclic objects). */
function findTooDeep(root: object): Problem | undefined {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Array<string | number> };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= LIMITS.maxDepth)
      return {
        path: pointer(path),
        message: `Nested too deeply: more than ${LIMITS.maxDepth} levels of arrays and objects`,
        hint: 'A dataset needs only a few levels; check for runaway nesting or a generated cycle.',
      };
    for (const [key, child] of Object.entries(value))
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
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
