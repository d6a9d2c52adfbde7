import { describe, expect, it } from 'vitest';
import { exportArgdown, importText } from '../../src/io/index.ts';
import type { Dataset } from '../../src/model/index.ts';
import {
  count,
  graphOf,
  importOk,
  node,
  readFixture,
  readSample,
  relation,
  SAMPLES_SKIPPED,
  samplesAvailable,
} from './helpers.ts';

const importArgdown = (text: string) => importOk(text, { format: 'argdown' });

async function expectRoundTrip(dataset: Dataset) {
  const exported = exportArgdown(dataset);
  expect(exported.warnings).toEqual([]);
  const again = await importArgdown(exported.text);
  expect(graphOf(again.dataset)).toEqual(graphOf(dataset));
  expect(again.dataset.title).toBe(dataset.title);
  expect(exportArgdown(again.dataset).text).toBe(exported.text);
  return exported.text;
}

describe.skipIf(!samplesAvailable)(
  `Argdown sample legalisation-softdrugs.argdown (${samplesAvailable ? 'real file' : SAMPLES_SKIPPED})`,
  () => {
    it('imports 1 statement and 17 arguments, 9 supports, 8 attacks and 2 undercuts', async () => {
      const { dataset, warnings } = await importOk(readSample('legalisation-softdrugs.argdown'));
      expect(warnings).toEqual([]);
      expect(dataset.title).toBe('Pros and Cons Legalisation of Soft Drugs');
      expect(count(dataset.nodes, (n) => String((n.argdown as { type: string }).type))).toEqual({
        statement: 1,
        argument: 17,
      });
      expect(
        count(dataset.relations, (r) => String((r.argdown as { relationType: string }).relationType)),
      ).toEqual({
        support: 9,
        attack: 8,
        undercut: 2,
      });
      expect(relation(dataset, 'poor-reason', 'alcohol-and-tobacco-analogy')).toMatchObject({
        type: 'disputes',
        argdown: { relationType: 'undercut' },
      });
      expect(node(dataset, 'no-harm-no-ban')).toMatchObject({
        label: 'No harm, no ban',
        tags: ['pro'],
        text: expect.stringMatching(/^The role of legislation .* not be a crime at all\.$/),
      });
      expect(dataset.argdown).toMatchObject({
        frontMatter: { author: 'Gregor Betz (adaptation to Argdown)' },
      });
    });

    it('goes back out to Argdown and reads back as the same graph', async () => {
      const { dataset } = await importOk(readSample('legalisation-softdrugs.argdown'));
      const text = await expectRoundTrip(dataset);
      expect(text).toContain('<Poor reason>: In any case');
      expect(text).toContain('  _> <Alcohol and tobacco analogy>');
    });
  },
);

describe('Argdown elements, relations, pcs, tags and data', () => {
  it('reads statements and arguments as claims, with tags, data, sections and the frontmatter', async () => {
    const { dataset, warnings } = await importArgdown(readFixture('argdown-features.argdown'));
    expect(warnings).toEqual([]);
    expect(dataset).toMatchObject({
      title: 'Do we need nuclear power?',
      description: 'A small map for the importer tests.',
      argdown: { frontMatter: { model: { mode: 'loose' } } },
    });
    expect(node(dataset, 'nuclear')).toMatchObject({
      kind: 'claim',
      label: 'Nuclear',
      text: 'Nuclear power is needed.',
      tags: ['energy'],
      source: 'example-org',
      argdown: {
        type: 'statement',
        section: 'Energy',
        data: { expert: 'Ada Lovelace', quote: 'We need it.' },
      },
    });
    expect(node(dataset, 'baseload')).toMatchObject({
      tags: ['grid stability'],
      argdown: { type: 'argument' },
    });
    expect(node(dataset, 'grace')).toMatchObject({ kind: 'expert', role: 'Computer scientist' });
  });

  it('turns a premise-conclusion structure into premises supporting the argument and the argument its conclusion', async () => {
    const { dataset } = await importArgdown(readFixture('argdown-features.argdown'));
    expect(relation(dataset, 'storage', 'baseload')).toMatchObject({
      type: 'supports',
      argdown: { role: 'premise', position: 1 },
    });
    expect(relation(dataset, 'demand', 'baseload')).toMatchObject({
      argdown: { role: 'premise', position: 2 },
    });
    expect(relation(dataset, 'baseload', 'nuclear')).toMatchObject({
      argdown: { role: 'main-conclusion', position: 3 },
    });
  });

  it('maps undercut, attack and contradictory to disputes, keeping the Argdown type; a contradiction both ways', async () => {
    const { dataset } = await importArgdown(readFixture('argdown-features.argdown'));
    expect(relation(dataset, 'cheap-storage', 'baseload')).toMatchObject({
      type: 'disputes',
      argdown: { relationType: 'undercut' },
    });
    expect(relation(dataset, 'cheap-storage', 'storage')).toMatchObject({
      type: 'disputes',
      argdown: { relationType: 'attack' },
    });
    expect(relation(dataset, 'nuclear', 'no-nuclear')?.argdown).toEqual({ relationType: 'contradictory' });
    expect(relation(dataset, 'no-nuclear', 'nuclear')?.argdown).toEqual({ relationType: 'contradictory' });
    expect(relation(dataset, 'grace', 'no-nuclear')?.type).toBe('supports');
  });

  it('makes an expert named in data a supporter, quoted, from the source named in data', async () => {
    const { dataset } = await importArgdown(readFixture('argdown-features.argdown'));
    expect(node(dataset, 'ada-lovelace')).toMatchObject({ kind: 'expert', label: 'Ada Lovelace' });
    expect(relation(dataset, 'ada-lovelace', 'nuclear')).toMatchObject({
      type: 'supports',
      quote: 'We need it.',
      source: 'example-org',
    });
    expect(dataset.sources).toEqual([
      { id: 'example-org', title: 'https://example.org/report', url: 'https://example.org/report' },
    ]);
  });

  it('reads strict mode relations as entails and contrary', async () => {
    const { dataset } = await importArgdown(
      '===\nmodel:\n    mode: strict\n===\n\n[A]: a\n    + [B]: b\n    - [C]: c\n',
    );
    expect(relation(dataset, 'b', 'a')).toMatchObject({
      type: 'supports',
      argdown: { relationType: 'entails' },
    });
    expect(relation(dataset, 'c', 'a')).toMatchObject({
      type: 'disputes',
      argdown: { relationType: 'contrary' },
    });
    expect(relation(dataset, 'a', 'c')?.type).toBe('disputes');
  });

  it('labels an untitled statement by its text', async () => {
    const { dataset } = await importArgdown('[A]: a\n    + The sky is blue today.\n');
    expect(dataset.nodes[1]).toMatchObject({
      label: 'The sky is blue today.',
      argdown: { title: 'Untitled 1' },
    });
  });

  it('goes back out and reads back as the same graph', async () => {
    const { dataset } = await importArgdown(readFixture('argdown-features.argdown'));
    const text = await expectRoundTrip(dataset);
    expect(text).toContain('(1) [Storage]\n(2) [Demand]\n----\n(3) [Nuclear]');
    expect(text).toContain('  >< [No nuclear]');
    expect(text).not.toContain('[Ada Lovelace]'); // written back as the data it came from
  });
});

describe('malformed Argdown', () => {
  it('reports syntax errors with their line', async () => {
    const result = await importText('[A]: x\n  + <B\n<C>: y\n', { format: 'argdown' });
    expect(result).toMatchObject({ ok: false, format: 'argdown', problems: [{ path: 'line 3, column 1' }] });
  });

  it('reports an empty document', async () => {
    for (const text of ['', '   \n'])
      expect(await importText(text, { format: 'argdown' })).toMatchObject({
        ok: false,
        problems: [{ path: 'line 1' }],
      });
  });

  it('reports a document of comments with where the parser gave up, briefly', async () => {
    const result = await importText('// only a comment\n', { format: 'argdown' });
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'line 1, column 18' }] });
    if (!result.ok) expect(result.problems[0].message.length).toBeLessThan(200);
  });
});

describe('Argdown export of an authored dataset', () => {
  const authored: Dataset = {
    format: 'argument-graph',
    version: 1,
    title: 'Drills',
    sources: [{ id: 'times', title: 'The Times' }],
    nodes: [
      {
        id: 'drills',
        kind: 'claim',
        label: 'Drills [soon]',
        text: 'Joint drills will start #soon, see http://x.org',
      },
      { id: 'park', kind: 'expert', label: 'Park Won-gon', role: 'Professor' },
      { id: 'history', kind: 'evidence', label: 'No drills since 1953', weight: 0.8 },
    ],
    relations: [
      { from: 'park', to: 'drills', type: 'disputes', quote: 'Never happened', source: 'times' },
      { from: 'history', to: 'drills', type: 'disputes' },
    ],
  };

  it('keeps kinds, roles and weights in data, escapes markup, and warns about quotes and sources', async () => {
    const exported = exportArgdown(authored);
    expect(exported.text).toContain('[Park Won-gon] {"kind":"expert","role":"Professor"}');
    expect(exported.warnings.map((w) => w.message)).toEqual([
      "1 source is not exported: Argdown keeps a source only in an element's data",
      'Argdown has no place for "label": 1 of the nodes loses it',
      'Argdown has no place for "quote": 1 of the relations loses it',
      'Argdown has no place for "source": 1 of the relations loses it',
    ]);
    const { dataset } = await importArgdown(exported.text);
    expect(node(dataset, 'drills-soon')).toMatchObject({
      label: 'Drills (soon)',
      text: 'Joint drills will start #soon, see http://x.org',
    });
    expect(node(dataset, 'park-won-gon')).toMatchObject({ kind: 'expert', role: 'Professor' });
    expect(node(dataset, 'no-drills-since-1953')).toMatchObject({ kind: 'evidence', weight: 0.8 });
    expect(relation(dataset, 'park-won-gon', 'drills-soon')?.type).toBe('disputes');
  });
});
