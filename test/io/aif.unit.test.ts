import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { exportAif, importText } from '../../src/io/index.ts';
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

const importAif = (text: string) => importOk(text, { format: 'aif' });

/** Import, export, import: the same graph, and a second export identical to the first. */
async function expectRoundTrip(dataset: Dataset) {
  const exported = exportAif(dataset);
  const again = await importAif(exported.text);
  expect(graphOf(again.dataset)).toEqual(graphOf(dataset));
  expect(exportAif(again.dataset).text).toBe(exported.text);
  return JSON.parse(exported.text) as { AIF: { nodes: Array<Record<string, unknown>>; edges: unknown[] } };
}

describe.skipIf(!samplesAvailable)(
  `AIF sample nodeset137.json (${samplesAvailable ? 'real file' : SAMPLES_SKIPPED})`,
  () => {
    it('imports its 7 I-nodes as claims, 2 RAs as 4 supports with their schemes, 2 CAs as disputes', async () => {
      const { dataset, warnings } = await importOk(readSample('nodeset137.json'));
      expect(warnings).toEqual([]);
      expect(count(dataset.nodes, (n) => n.kind)).toEqual({ claim: 7 });
      expect(count(dataset.relations, (r) => r.type)).toEqual({ supports: 4, disputes: 2 });
      const expertOpinion = relation(dataset, '1285', '1281');
      expect(expertOpinion).toMatchObject({
        type: 'supports',
        aif: { nodeID: '1289', scheme: 'ExpertOpinion' },
      });
      expect(relation(dataset, '1284', '1281')?.aif).toEqual(expertOpinion?.aif); // one linked argument
      expect(relation(dataset, '1280', '1279')?.type).toBe('disputes');
      expect(node(dataset, '1285')?.label).toBe('The GAO and EPA Administrator Whitman are experts');
    });

    it('goes back out to AIF with the same nodes and edges, and reads back as the same graph', async () => {
      const { dataset } = await importOk(readSample('nodeset137.json'));
      const aif = await expectRoundTrip(dataset);
      expect(count(aif.AIF.nodes, (n) => String(n.type))).toEqual({ I: 7, RA: 2, CA: 2 });
      expect(aif.AIF.edges).toHaveLength(10);
    });
  },
);

describe('AIF undercuts', () => {
  it('makes an undercut inference a claim of its own, supported by its premise, supporting its conclusion, disputed by the undercutter', async () => {
    const { dataset, warnings } = await importAif(readFixture('aif-undercut.json'));
    expect(warnings).toEqual([]);
    expect(node(dataset, '10')).toMatchObject({
      kind: 'claim',
      label: 'Inference (ExpertOpinion): Dr Lee says the bridge is safe → The bridge is safe',
      tags: ['aif:RA', 'ExpertOpinion'],
      aif: { nodeID: '10', type: 'RA', scheme: 'ExpertOpinion', schemeID: '72' },
    });
    expect(relation(dataset, '1', '10')?.type).toBe('supports');
    expect(relation(dataset, '10', '2')?.type).toBe('supports');
    expect(relation(dataset, '3', '10')).toMatchObject({
      type: 'disputes',
      aif: { nodeID: '11', type: 'CA' },
    });
    // A rebuttal stays a plain dispute between propositions.
    expect(relation(dataset, '4', '2')).toMatchObject({ type: 'disputes', aif: { nodeID: '12' } });
    expect(node(dataset, '1')?.aif).toEqual({ timestamp: '2020-01-01 10:00:00' });
  });

  it('writes the undercut back as CA → RA', async () => {
    const { dataset } = await importAif(readFixture('aif-undercut.json'));
    const aif = await expectRoundTrip(dataset);
    expect(aif.AIF.edges).toContainEqual(expect.objectContaining({ fromID: '11', toID: '10' }));
    expect(aif.AIF.nodes).toContainEqual(
      expect.objectContaining({ nodeID: '10', type: 'RA', scheme: 'ExpertOpinion' }),
    );
  });
});

describe('AIF symmetric conflicts, linked premises, rephrase and preference', () => {
  it('reads two CAs in opposite directions as two disputes, an MA as a support, and keeps a PA aside with a warning', async () => {
    const { dataset, warnings } = await importAif(readFixture('aif-symmetric.json'));
    expect(relation(dataset, 'a', 'b')?.type).toBe('disputes');
    expect(relation(dataset, 'b', 'a')?.type).toBe('disputes');
    expect(relation(dataset, 'p1', 'a')?.aif).toMatchObject({ nodeID: 'ra1' });
    expect(relation(dataset, 'p2', 'a')?.aif).toMatchObject({ nodeID: 'ra1' });
    expect(relation(dataset, 'a', 'x')).toMatchObject({ type: 'supports', aif: { type: 'MA' } });
    expect(warnings).toEqual([
      expect.objectContaining({ path: '/nodes/9', message: expect.stringContaining('1 PA node not drawn') }),
    ]);
    expect(dataset.aif).toMatchObject({ unmapped: { nodes: [expect.objectContaining({ nodeID: 'pa1' })] } });
  });

  it('writes the preference back and regroups the linked premises into one RA', async () => {
    const { dataset } = await importAif(readFixture('aif-symmetric.json'));
    const aif = await expectRoundTrip(dataset);
    expect(count(aif.AIF.nodes, (n) => String(n.type))).toEqual({ I: 5, CA: 2, RA: 1, MA: 1, PA: 1 });
    expect(aif.AIF.edges).toHaveLength(11);
  });
});

describe('AIF dialogue: OVA3 wrapper, numeric ids, locutions and participants', () => {
  it('turns speakers into experts and their locutions into quoted stances', async () => {
    const { dataset } = await importOk(readFixture('ova3-locutions.json'));
    expect(dataset.nodes.filter((n) => n.kind === 'expert').map((n) => n.label)).toEqual([
      'Alice Smith',
      'Carol Jones',
      'Bob', // named only by the "Speaker : text" prefix
    ]);
    expect(relation(dataset, 'alice-smith', '1')).toMatchObject({
      type: 'supports',
      quote: 'Taxes should rise.',
      date: '2023-05-04',
      source: 'example-org',
    });
    // The participant record names Carol in full although her locution says "Carol".
    expect(relation(dataset, 'carol-jones', '1')).toMatchObject({
      type: 'disputes',
      quote: 'No, they should not.',
    });
    expect(relation(dataset, 'bob', '2')?.quote).toBe('Schools need money, so yes.');
    expect(relation(dataset, '2', '1')?.aif).toMatchObject({ nodeID: '9', schemeID: 12 });
    expect(dataset.sources).toEqual([
      { id: 'example-org', title: 'https://example.org/debate', url: 'https://example.org/debate' },
    ]);
  });

  it('keeps OVA positions and the analysed text', async () => {
    const { dataset } = await importOk(readFixture('ova3-locutions.json'));
    expect(node(dataset, '1')?.position).toEqual({ x: 100, y: 50 });
    expect(dataset.aif).toMatchObject({ text: expect.stringContaining('Alice: Taxes') });
  });

  it('places each speaker where OVA drew their first locution, and writes it back there', async () => {
    const ova = JSON.parse(readFixture('ova3-locutions.json'));
    for (const [nodeID, x] of [
      [3, 40],
      [5, 400],
      [10, 60],
      [12, 500],
    ])
      ova.OVA.nodes.push({ nodeID, visible: true, x, y: 10, timestamp: '' });
    const { dataset } = await importOk(JSON.stringify(ova));
    expect(node(dataset, 'alice-smith')?.position).toEqual({ x: 40, y: 10 }); // not her question at 500
    expect(node(dataset, 'bob')?.position).toEqual({ x: 400, y: 10 });
    expect(node(dataset, 'carol-jones')?.position).toEqual({ x: 60, y: 10 });
    expect(dataset.nodes.every((n) => n.position)).toBe(true); // so layout="preset" can draw it
    const aif = (await expectRoundTrip(dataset)) as unknown as { OVA: { nodes: Array<{ nodeID: string }> } };
    expect(aif.OVA.nodes.map((n) => n.nodeID).sort()).toEqual(['1', '10', '2', '3', '5']);
  });

  it('warns about transitions, their illocutions and a question, and keeps them', async () => {
    const { dataset, warnings } = await importOk(readFixture('ova3-locutions.json'));
    expect(warnings.map((w) => [w.path, w.message.split(':')[0]])).toEqual([
      ['/AIF/nodes/6', '1 TA node not drawn'],
      ['/AIF/nodes/7', '2 YA nodes not drawn'],
      ['/AIF/nodes/11', '1 L node not drawn'],
    ]);
    const unmapped = (dataset.aif as { unmapped: { nodes: Array<{ nodeID: string }> } }).unmapped;
    expect(unmapped.nodes.map((n) => n.nodeID)).toEqual(['7', '8', '12', '13']);
  });

  it('goes back out with its locutions, participants, dialogue and positions', async () => {
    const { dataset } = await importOk(readFixture('ova3-locutions.json'));
    const aif = (await expectRoundTrip(dataset)) as unknown as {
      AIF: {
        nodes: Array<{ type: string }>;
        edges: unknown[];
        locutions: unknown[];
        participants: unknown[];
      };
      OVA: { nodes: unknown[] };
    };
    expect(count(aif.AIF.nodes, (n) => n.type)).toEqual({ I: 2, RA: 1, L: 4, YA: 5, TA: 1 });
    expect(aif.AIF.edges).toHaveLength(14);
    expect(aif.AIF.participants).toHaveLength(3);
    expect(aif.AIF.locutions).toContainEqual(
      expect.objectContaining({ nodeID: '3', personID: 1, source: 'https://example.org/debate' }),
    );
    expect(aif.AIF.nodes).toContainEqual({
      nodeID: '3',
      text: 'Alice Smith : Taxes should rise.',
      type: 'L',
      timestamp: '2023-05-04 09:00:00',
    });
    expect(aif.OVA.nodes).toHaveLength(2);
  });
});

describe('malformed AIF', () => {
  it('reports broken JSON with its line and column', async () => {
    const result = await importText('{\n  "nodes": [\n    {"nodeID": 1,}\n  ]\n}', { format: 'aif' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/line 3, column \d+/);
  });

  it('needs a nodes array', async () => {
    const result = await importText('{"edges": [], "AIF": {"edges": []}}', { format: 'aif' });
    expect(result).toMatchObject({ ok: false, problems: [{ path: '/AIF/nodes' }] });
  });

  it('skips what it cannot read and says where', async () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 1, text: 'A', type: 'I' },
        { nodeID: 1, text: 'A again', type: 'I' },
        { text: 'no id', type: 'I' },
        { nodeID: 2, text: '', type: 'I' },
        { nodeID: 3, text: 'RA', type: 'RA' },
        { nodeID: 4, text: 'X', type: 'XYZ' },
      ],
      edges: [
        { fromID: 1, toID: 3 },
        { fromID: 3, toID: 2 },
        { fromID: 1, toID: 99 },
        { fromID: 1 },
        { fromID: 1, toID: 2 },
      ],
    });
    const { dataset, warnings } = await importAif(text);
    expect(warnings.map((w) => w.path)).toEqual([
      '/nodes/1',
      '/nodes/2',
      '/edges/2',
      '/edges/3',
      '/nodes/3',
      '/nodes/5',
      '/edges/4',
    ]);
    expect(node(dataset, '2')?.label).toBe('(empty)');
    expect(relation(dataset, '1', '2')?.type).toBe('supports');
  });
});

// Random AIF argument graphs: I-nodes joined by RA, CA and MA nodes (linked premises, repeated
// arguments, undercuts and attacks on attacks), with ids as strings or numbers.
const aifGraphs = fc
  .record({
    propositions: fc.integer({ min: 2, max: 10 }),
    numericIds: fc.boolean(),
    schemes: fc.array(
      fc.record({
        type: fc.constantFrom('RA', 'CA', 'MA'),
        sources: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 3 }),
        target: fc.nat(9),
        scheme: fc.option(fc.constantFrom('ExpertOpinion', 'Analogy', 'CauseToEffect'), { nil: undefined }),
        undercutBy: fc.option(fc.nat(9), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ propositions, numericIds, schemes }) => {
    const id = (n: number) => (numericIds ? n + 1 : `n${n + 1}`);
    const nodes: Array<Record<string, unknown>> = [];
    const edges: Array<Record<string, unknown>> = [];
    for (let i = 0; i < propositions; i++) nodes.push({ nodeID: id(i), text: `Proposition ${i}`, type: 'I' });
    let next = propositions;
    for (const scheme of schemes) {
      const target = scheme.target % propositions;
      const sources = [...new Set(scheme.sources.map((s) => s % propositions))].filter((s) => s !== target);
      if (sources.length === 0) continue;
      const schemeId = id(next++);
      nodes.push({
        nodeID: schemeId,
        text: scheme.type,
        type: scheme.type,
        ...(scheme.scheme && { scheme: scheme.scheme }),
      });
      for (const s of sources) edges.push({ fromID: id(s), toID: schemeId });
      edges.push({ fromID: schemeId, toID: id(target) });
      if (scheme.undercutBy !== undefined) {
        const undercut = id(next++);
        nodes.push({ nodeID: undercut, text: 'CA', type: 'CA' });
        edges.push(
          { fromID: id(scheme.undercutBy % propositions), toID: undercut },
          { fromID: undercut, toID: schemeId },
        );
      }
    }
    return { nodes, edges: edges.map((e, i) => ({ edgeID: i + 1, ...e })) };
  });

describe('random AIF graphs', () => {
  propertyTest.prop([aifGraphs], { numRuns: 150 })(
    'import without error and keep their node and edge counts by type through export',
    async (aif) => {
      const { dataset, warnings } = await importAif(JSON.stringify(aif));
      expect(warnings).toEqual([]);
      const exported = JSON.parse(exportAif(dataset).text) as {
        AIF: { nodes: Array<{ type: string }>; edges: unknown[] };
      };
      expect(count(exported.AIF.nodes, (n) => n.type)).toEqual(count(aif.nodes, (n) => String(n.type)));
      expect(exported.AIF.edges).toHaveLength(aif.edges.length);
      const again = await importAif(exportAif(dataset).text);
      expect(graphOf(again.dataset)).toEqual(graphOf(dataset));
    },
  );
});
