import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type ImportOptions, importText } from '../../src/io/index.ts';
import { type Dataset, parseDataset, serializeDataset } from '../../src/model/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

export const readFixture = (name: string) => readFileSync(join(here, '../fixtures/io', name), 'utf8');

/** The real files in ../shared/samples (beside the repository); CI has them, a bare clone may not. */
export const SAMPLES_DIR = resolve(repoRoot, '../shared/samples');
export const samplesAvailable = existsSync(SAMPLES_DIR);
export const SAMPLES_SKIPPED = `skipped: ${SAMPLES_DIR} is absent (the shared samples sit beside the repository)`;
export const readSample = (name: string) => readFileSync(join(SAMPLES_DIR, name), 'utf8');

/** Imports a text that must import, and checks the dataset survives JSON and passes the validator. */
export async function importOk(text: string, options: ImportOptions = {}) {
  const result = await importText(text, options);
  if (!result.ok) expect.fail(`import failed: ${JSON.stringify(result.problems, null, 2)}`);
  const reparsed = parseDataset(JSON.parse(serializeDataset(result.dataset)));
  expect(reparsed.ok ? [] : reparsed.problems).toEqual([]);
  return result;
}

/** What a map shows, order aside: nodes (id, kind, label, text, tags) and relations (ends, type, quote). */
export function graphOf(dataset: Dataset) {
  return {
    nodes: dataset.nodes
      .map((n) => JSON.stringify([n.id, n.kind, n.label, n.text, n.tags, n.position]))
      .sort(),
    relations: dataset.relations.map((r) => JSON.stringify([r.from, r.type, r.to, r.quote])).sort(),
  };
}

export const count = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

export const relation = (dataset: Dataset, from: string, to: string) =>
  dataset.relations.find((r) => r.from === from && r.to === to);
export const node = (dataset: Dataset, id: string) => dataset.nodes.find((n) => n.id === id);
