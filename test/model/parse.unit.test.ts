import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseDataset, serializeDataset } from '../../src/model/index.ts';
import { validDataset } from './arbitraries.ts';

const minimal = {
  format: 'argument-graph',
  version: 1,
  sources: [{ id: 's1', title: 'Source', 'x-archived': { at: '2025-01-01' } }],
  nodes: [
    { id: 'c1', kind: 'claim', label: 'Claim', color: '#f00' },
    { id: 'e1', kind: 'expert', label: 'Expert', role: 'Professor', affiliation: 'MIT', orcid: '0000' },
  ],
  relations: [{ from: 'e1', to: 'c1', type: 'supports', source: 's1', quote: 'Yes.', confidence: 'high' }],
  'x-editor': { zoom: 2 },
};

describe('parseDataset', () => {
  it('accepts a valid dataset and keeps unknown fields through serialize and parse', () => {
    const first = parseDataset(minimal);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseDataset(serializeDataset(first.dataset));
    expect(again).toEqual({ ok: true, dataset: minimal });
  });

  it('reads JSON text, with or without a byte-order mark', () => {
    const text = JSON.stringify(minimal);
    expect(parseDataset(text).ok).toBe(true);
    expect(parseDataset(`\uFEFF${text}`).ok).toBe(true);
  });

  it.each([
    [null, 'null'],
    [42, 'number 42'],
    [undefined, 'undefined undefined'],
    [[], 'an array'],
  ])('rejects a non-object root (%s)', (input, got) => {
    expect(parseDataset(input)).toEqual({
      ok: false,
      problems: [{ path: '', message: `Expected a JSON object but got ${got}`, hint: expect.any(String) }],
    });
  });

  it('rejects pathological nesting without recursing', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const result = parseDataset({ ...minimal, deep });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/Nested too deeply/);
  });

  it('rejects deeply nested JSON text', () => {
    const text = `{"format":"argument-graph","version":1,"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const result = parseDataset(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/Nested too deeply|Not valid JSON/);
  });

  it('terminates on cyclic objects', () => {
    const cyclic: Record<string, unknown> = { ...minimal };
    cyclic.self = cyclic;
    const result = parseDataset(cyclic);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/Nested too deeply/);
  });

  it('refuses absurdly large text before parsing it', () => {
    const result = parseDataset(' '.repeat(LIMITS.maxTextLength + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/^File too large/);
  });

  it('lists every problem, not just the first', () => {
    const broken = {
      ...minimal,
      nodes: [...minimal.nodes, { id: 'c1', kind: 'claim', label: 'Again', weight: 7 }],
      relations: [...minimal.relations, { from: 'e1', to: 'nowhere', type: 'disputes' }],
    };
    const result = parseDataset(broken);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '/nodes/2/id',
      '/nodes/2/weight',
      '/relations/1/to',
    ]);
  });

  it('suggests the id a misspelt reference probably meant', () => {
    const text = readFileSync(
      new URL('../../graph-data/nk-russia-military-ties.json', import.meta.url),
      'utf8',
    );
    const seed = JSON.parse(text);
    seed.relations[0].to = `${seed.relations[0].to}x`;
    const result = parseDataset(seed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].hint).toMatch(/^Did you mean ".+"\?/);
  });
});

describe('parseDataset properties', () => {
  test.prop([validDataset])('generated valid datasets parse and round-trip losslessly', (dataset) => {
    const result = parseDataset(serializeDataset(dataset));
    expect(result).toEqual({ ok: true, dataset });
  });

  const mutation = fc.record({
    pick: fc.nat(),
    action: fc.constantFrom('replace', 'delete', 'duplicate'),
    value: fc.jsonValue({ maxDepth: 2 }),
  });

  test.prop([validDataset, fc.array(mutation, { minLength: 1, maxLength: 4 })])(
    'random mutations give a dataset or a structured problem list, never an exception',
    (dataset, mutations) => {
      const value = JSON.parse(serializeDataset(dataset));
      for (const m of mutations) mutate(value, m);
      const result = parseDataset(value);
      if (result.ok) expect(parseDataset(serializeDataset(result.dataset)).ok).toBe(true);
      else {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.path).toMatch(/^(\/[^/]*)*$/);
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.hint.length).toBeGreaterThan(0);
        }
      }
    },
  );
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Applies one edit at a position chosen among every container slot of the document. */
function mutate(root: Json, m: { pick: number; action: string; value: unknown }): void {
  const slots: Array<[Json[] | Record<string, Json>, string | number]> = [];
  const walk = (node: Json) => {
    if (node === null || typeof node !== 'object') return;
    const entries: Array<[string | number, Json]> = Array.isArray(node)
      ? [...node.entries()]
      : Object.entries(node);
    for (const [key, child] of entries) {
      slots.push([node, key]);
      walk(child);
    }
  };
  walk(root);
  if (slots.length === 0) return;
  const [container, key] = slots[m.pick % slots.length];
  if (Array.isArray(container)) {
    const i = key as number;
    if (m.action === 'delete') container.splice(i, 1);
    else if (m.action === 'duplicate') container.splice(i, 0, structuredClone(container[i]));
    else container[i] = m.value as Json;
  } else if (m.action === 'delete') delete container[key];
  else container[key] = m.value as Json; // an object key cannot repeat: "duplicate" replaces instead
}
