import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/index.ts';

// Each file in test/fixtures/invalid breaks one rule (or a few, in several-problems.json).
// The test pins the complete problem list: every path, and a message that says what is wrong.
const CASES: Record<string, Array<[path: string, message: RegExp]>> = {
  'not-json.json': [['', /^Not valid JSON: .*\(line 3, column 1\)$/]],
  'empty-file.json': [['', /^Not valid JSON: Unexpected end of JSON input/]],
  'array-root.json': [['', /^Expected a JSON object but got an array$/]],
  'string-root.json': [['', /^Expected a JSON object but got a string$/]],
  'missing-format.json': [['/format', /^Missing required field "format"$/]],
  'wrong-format.json': [['/format', /^Expected "argument-graph" but got "kialo"$/]],
  'wrong-version.json': [['/version', /^Expected 1 but got 2$/]],
  'missing-nodes.json': [['/nodes', /^Missing required field "nodes"$/]],
  'nodes-not-array.json': [['/nodes', /^Expected an array but got an object$/]],
  'node-not-object.json': [
    ['/nodes/0', /^Expected an object but got "c1"$/],
    ['/relations/0/to', /^Unknown node "c1"$/],
  ],
  'unknown-kind.json': [['/nodes/1/kind', /^"person" is not one of "claim", "expert", "evidence"$/]],
  'missing-label.json': [['/nodes/0/label', /^Missing required field "label"$/]],
  'empty-label.json': [['/nodes/0/label', /^Must not be empty$/]],
  'weight-above-one.json': [['/nodes/0/weight', /^Out of range: expected <=1, got 1.5$/]],
  'weight-negative.json': [['/nodes/0/weight', /^Out of range: expected >=0, got -0.1$/]],
  'weight-string.json': [['/nodes/0/weight', /^Expected number but got "high"$/]],
  'duplicate-node-id.json': [
    ['/nodes/1/id', /^Duplicate node id "c1" \(first used at \/nodes\/0\/id\)$/],
    ['/relations/0/from', /^Unknown node "e1"$/],
  ],
  'dangling-from.json': [['/relations/0/from', /^Unknown node "expert-1"$/]],
  'dangling-to.json': [['/relations/0/to', /^Unknown node "c2"$/]],
  'dangling-relation-source.json': [['/relations/0/source', /^Unknown source "times"$/]],
  'dangling-node-source.json': [['/nodes/0/source', /^Unknown source "s2"$/]],
  'self-relation.json': [['/relations/0', /^Self-relation: "e1" supports itself$/]],
  'duplicate-relation.json': [
    ['/relations/1', /^Duplicate relation: "e1" supports "c1" is already stated at \/relations\/0$/],
  ],
  'unknown-relation-type.json': [['/relations/0/type', /^"attacks" is not one of "supports", "disputes"$/]],
  'missing-relation-type.json': [['/relations/0/type', /^Missing required field "type"$/]],
  'bad-date.json': [['/relations/0/date', /^Not a valid date: "20-06-2024"$/]],
  'bad-url.json': [['/sources/0/url', /^Not a valid URL: "not a url"$/]],
  'duplicate-source-id.json': [
    ['/sources/1/id', /^Duplicate source id "s1" \(first used at \/sources\/0\/id\)$/],
  ],
  'id-with-whitespace.json': [
    ['/nodes/0/id', /must not start or end with whitespace/],
    ['/relations/0/to', /must not start or end with whitespace/],
  ],
  'id-with-control-character.json': [
    ['/nodes/0/id', /^Invalid id: must not contain control characters$/],
    ['/relations/0/to', /^Invalid id: must not contain control characters$/],
  ],
  'position-missing-y.json': [['/nodes/0/position/y', /^Missing required field "y"$/]],
  'tags-not-array.json': [['/nodes/0/tags', /^Expected an array but got "history"$/]],
  'too-deep.json': [[`/extra${'/0'.repeat(63)}`, /^Nested too deeply: more than 64 levels/]],
  'several-problems.json': [
    ['/nodes/0/weight', /^Out of range: expected <=1, got 2$/],
    ['/relations/0/to', /^Unknown node "c9"$/],
    ['/relations/1', /^Self-relation: "c1" disputes itself$/],
  ],
};

describe('invalid datasets', () => {
  it.each(Object.entries(CASES))('%s reports exactly its problems', (file, expected) => {
    const result = parseDataset(
      readFileSync(new URL(`../fixtures/invalid/${file}`, import.meta.url), 'utf8'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expected.map(([path]) => path));
    result.problems.forEach((problem, i) => {
      expect(problem.message).toMatch(expected[i][1]);
      expect(problem.hint.length).toBeGreaterThan(10);
    });
  });

  it('covers every fixture file', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(new URL('../fixtures/invalid/', import.meta.url));
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
  });
});
