import type { BaseIssue } from 'valibot';

/** One thing wrong with a dataset: where (a JSON Pointer), what, and how to fix it. */
export interface Problem {
  /** JSON Pointer (RFC 6901) to the offending value, e.g. "/relations/3/to"; "" is the whole document. */
  path: string;
  message: string;
  hint: string;
}

export type PathSegment = string | number;

/** Builds an RFC 6901 JSON Pointer from path segments. */
export function pointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** How a pointer reads in messages: the root has no segments, so name it. */
export function displayPath(path: string): string {
  return path === '' ? '(document root)' : path;
}

// What a valid value looks like, by field name: the hint of a problem found at that field.
const FIELD_HINTS: Record<string, string> = {
  format: 'Start the file with "format": "argument-graph".',
  version: 'Set "version": 1; this reader understands version 1 of the format.',
  sources:
    'List the sources as an array, e.g. "sources": [{"id": "times-2024", "title": "…"}], or [] if none.',
  nodes: 'List the nodes as an array of {"id", "kind", "label"} objects.',
  relations: 'List the relations as an array of {"from", "to", "type"} objects, or [] if none.',
  id: 'Give an id: a non-empty string such as "nk-accepts-drills", unique in the file.',
  kind: 'Use "claim", "expert" or "evidence".',
  label: 'Give a short label (a few words) that the graph can show, e.g. "No joint drills since 1953".',
  text: 'Give the full text as a string.',
  title: 'Give a non-empty title string.',
  weight: 'Use a number from 0 to 1 (0.5 when unsure), or leave "weight" out.',
  from: 'Name the id of the node that supports or disputes.',
  to: 'Name the id of the node that is supported or disputed.',
  type: 'Use "supports" or "disputes".',
  source: 'Name the id of an entry in "sources".',
  quote: 'Copy the words verbatim from the source, as a string.',
  date: 'Write the date as YYYY-MM-DD, e.g. "2024-06-20".',
  url: 'Use an absolute URL, e.g. "https://example.org/article".',
  tags: 'Use an array of non-empty strings, e.g. ["history"].',
  position: 'Use {"x": number, "y": number}.',
  x: 'Use a finite number.',
  y: 'Use a finite number.',
  role: 'Give the role as a short string, e.g. "Professor emeritus".',
  affiliation: 'Give the affiliation as a short string, e.g. "MIT".',
  publisher: 'Give the publisher as a short string.',
  author: 'Give the author as a short string.',
  description: 'Give the description as a string.',
};

export function hintFor(segments: readonly PathSegment[]): string {
  const field = [...segments].reverse().find((s): s is string => typeof s === 'string');
  return (field && FIELD_HINTS[field]) ?? 'See graph-data/schema.json for the format.';
}

/** Turns a valibot issue into a Problem with a message a dataset author understands. */
export function problemFromIssue(issue: BaseIssue<unknown>): Problem {
  const segments: PathSegment[] = (issue.path ?? []).map((item) => item.key as PathSegment);
  const field = segments.at(-1);
  let message: string;
  if (issue.received === 'undefined' && typeof field === 'string') {
    message = `Missing required field "${field}"`;
  } else if (issue.expected?.startsWith('(') && issue.received.startsWith('"')) {
    message = `${issue.received} is not one of ${issue.expected.slice(1, -1).replaceAll(' |', ',')}`;
  } else if (issue.kind === 'schema') {
    message = `Expected ${typeName(issue.expected)} but got ${typeName(issue.received)}`;
  } else {
    message = validationMessage(issue);
  }
  return { path: pointer(segments), message, hint: hintFor(segments) };
}

// valibot names containers by constructor ("Object", "Array"); a dataset author reads "an object".
const typeName = (name: string | null) =>
  name === 'Object' || name === 'Array' ? `an ${name.toLowerCase()}` : name;

function validationMessage(issue: BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'min_length':
      return issue.expected === '>=1' ? 'Must not be empty' : `Too short: expected length ${issue.expected}`;
    case 'max_length':
      return `Too long: expected length ${issue.expected}, got ${issue.received}`;
    case 'min_value':
    case 'max_value':
      return `Out of range: expected ${issue.expected}, got ${issue.received}`;
    case 'iso_date':
      return `Not a valid date: ${issue.received}`;
    case 'url':
      return `Not a valid URL: ${issue.received}`;
    default:
      return issue.message;
  }
}
