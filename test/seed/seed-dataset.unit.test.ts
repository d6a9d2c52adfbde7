import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Dataset, parseDataset } from '../../src/model/index.ts';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const haveSeeds = existsSync(seedsDir);
const result = parseDataset(
  readFileSync(new URL('../../graph-data/nk-russia-military-ties.json', import.meta.url), 'utf8'),
);
if (!result.ok) throw new Error(`seed dataset is invalid: ${JSON.stringify(result.problems)}`);
const seed: Dataset = result.dataset;

/** The normalisation the format allows for quotes: whitespace runs, and typographic quote marks. */
const normalise = (text: string) =>
  text
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('the seed debate', () => {
  it.skipIf(!haveSeeds)('quotes every relation verbatim from the articles (../shared/seeds)', () => {
    const articles = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => normalise(readFileSync(new URL(f, seedsDir), 'utf8')))
      .join('\n');
    const missing = seed.relations.filter((r) => r.quote && !articles.includes(normalise(r.quote)));
    expect(missing.map((r) => r.quote)).toEqual([]);
  });

  it('names a source on every relation and quotes most of them', () => {
    expect(seed.relations.every((r) => r.source)).toBe(true);
    expect(seed.relations.filter((r) => r.quote).length).toBeGreaterThan(seed.relations.length * 0.8);
  });

  it('maps every expert the articles quote', () => {
    const experts = seed.nodes.filter((n) => n.kind === 'expert').map((n) => n.label);
    for (const name of [
      'Park Won-gon',
      'Cho Han-bum',
      'Theodore Postol',
      'Yoo Sang-bum',
      'Andrei Lankov',
      'Chun In-bum',
      'Lance Gatling',
      'Shin Won-sik',
      'Vladimir Putin',
      'Kim Jong-un',
    ])
      expect(experts).toContain(name);
  });

  it('has the expected size: 10-20 claims, 8-12 experts, 10-20 pieces of evidence', () => {
    const count = (kind: string) => seed.nodes.filter((n) => n.kind === kind).length;
    expect(count('claim')).toBeGreaterThanOrEqual(10);
    expect(count('claim')).toBeLessThanOrEqual(20);
    expect(count('expert')).toBeGreaterThanOrEqual(8);
    expect(count('expert')).toBeLessThanOrEqual(12);
    expect(count('evidence')).toBeGreaterThanOrEqual(10);
    expect(count('evidence')).toBeLessThanOrEqual(20);
  });

  it('records that Park Won-gon and Cho Han-bum take opposite sides on joint drills', () => {
    const stance = (expert: string) =>
      seed.relations.find((r) => r.from === expert && r.to === 'nk-accepts-drills')?.type;
    expect([stance('park-won-gon'), stance('cho-han-bum')]).toEqual(['disputes', 'supports']);
  });
});

if (!haveSeeds)
  console.warn('seed-dataset test: ../shared/seeds is absent, so the verbatim-quote check is skipped.');
