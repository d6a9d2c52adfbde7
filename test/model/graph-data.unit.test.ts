import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_PATH } from '../../scripts/json-schema.ts';
import { parseDataset } from '../../src/model/index.ts';

const dir = new URL('../../graph-data/', import.meta.url);
const datasets = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json');

describe('graph-data/', () => {
  it.each(datasets)('%s validates', (file) => {
    const result = parseDataset(readFileSync(new URL(file, dir), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has the generated JSON Schema, up to date (run `npm run schema` after changing src/model/schema.ts)', () => {
    expect(readFileSync(new URL(`../../${SCHEMA_PATH}`, import.meta.url), 'utf8')).toBe(renderSchema());
  });

  it.each(datasets)('%s points editors at the schema', (file) => {
    expect(JSON.parse(readFileSync(new URL(file, dir), 'utf8')).$schema).toBe('./schema.json');
  });
});
