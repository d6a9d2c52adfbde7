import { describe, expect, it } from 'vitest';
import { importText } from '../../src/io/index.ts';
import {
  count,
  importOk,
  node,
  readFixture,
  readSample,
  relation,
  SAMPLES_SKIPPED,
  samplesAvailable,
} from './helpers.ts';

const importKialo = (text: string) => importOk(text, { format: 'kialo' });

describe.skipIf(!samplesAvailable)(
  `Kialo sample should-hate-speech-be-illegal-6148.txt (${samplesAvailable ? 'real file' : SAMPLES_SKIPPED})`,
  () => {
    it('imports the thesis and 104 claims by their index, and resolves the one cross-link', async () => {
      const { dataset, warnings } = await importOk(readSample('should-hate-speech-be-illegal-6148.txt'));
      expect(warnings).toEqual([]);
      expect(dataset.title).toBe('Should hate speech be illegal?');
      expect(count(dataset.nodes, (n) => n.kind)).toEqual({ claim: 105 });
      expect(count(dataset.relations, (r) => r.type)).toEqual({ supports: 42, disputes: 63 });
      expect(node(dataset, '1')?.label).toBe('Hate speech should be banned.');
      expect(node(dataset, '1.6.4')).toBeUndefined(); // "-> See 1.2.2." is a link, not a claim
      expect(relation(dataset, '1.2.2', '1.6')).toMatchObject({
        type: 'supports',
        kialo: { seeAt: '1.6.4' },
      });
      expect(relation(dataset, '1.2.2', '1.2')?.type).toBe('supports');
    });

    it('keeps inline links as sources and unescapes Kialo Markdown', async () => {
      const { dataset } = await importOk(readSample('should-hate-speech-be-illegal-6148.txt'));
      expect(dataset.sources).toHaveLength(7);
      expect(node(dataset, '1.2.2')?.source).toBe('pewglobal-org');
      expect(dataset.sources).toContainEqual({
        id: 'pewglobal-org',
        title: 'pewglobal.org',
        url: 'http://www.pewglobal.org/2015/11/18/2-the-boundaries-of-free-speech-and-a-free-press/',
      });
      expect(node(dataset, '1.1.10')?.text).toContain('a few bad actors ("Trolls") to have');
    });
  },
);

describe('Kialo features', () => {
  it('builds the tree from dotted indexes, CRLF line ends and continued lines', async () => {
    const { dataset } = await importKialo(readFixture('kialo-crosslinks.txt'));
    expect(dataset.title).toBe('Should cities ban cars?');
    expect(dataset.nodes.map((n) => n.id)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.2.1', '1.4.1', '1.5']);
    expect(relation(dataset, '1.1', '1')?.type).toBe('supports');
    expect(relation(dataset, '1.2', '1')?.type).toBe('disputes');
    expect(relation(dataset, '1.1.1', '1.1')?.type).toBe('disputes');
    expect(node(dataset, '1.2.1')).toMatchObject({
      label: 'Public transport is too slow in most suburbs.',
      text: 'Public transport is too slow\nin most suburbs.',
    });
    expect(node(dataset, '1.1.1')?.label).toBe('Electric cars do not pollute (locally).');
  });

  it('resolves "-> See" links, forward and back, to the claim they name', async () => {
    const { dataset } = await importKialo(readFixture('kialo-crosslinks.txt'));
    expect(relation(dataset, '1.2.1', '1.1')).toMatchObject({ type: 'supports', kialo: { seeAt: '1.1.2' } });
    expect(relation(dataset, '1.1', '1.2')).toMatchObject({ type: 'disputes', kialo: { seeAt: '1.2.2' } });
  });

  it('keeps every inline link as a source, the first as the claim source', async () => {
    const { dataset } = await importKialo(readFixture('kialo-crosslinks.txt'));
    expect(dataset.sources).toEqual([
      { id: 'who-int', title: 'WHO report', url: 'https://www.who.int/air(2021)' },
      { id: 'a-example', title: 'first', url: 'https://a.example/x' },
      { id: 'b-example', title: 'second', url: 'https://b.example/y' },
    ]);
    expect(node(dataset, '1.1')).toMatchObject({
      label: 'Cars pollute the air. WHO report',
      text: 'Cars pollute the air. [WHO report](https://www.who.int/air(2021))',
      source: 'who-int',
    });
    expect(node(dataset, '1.5')?.source).toBe('a-example');
  });

  it('warns about a link to nowhere and a missing parent, with their lines', async () => {
    const { dataset, warnings } = await importKialo(readFixture('kialo-crosslinks.txt'));
    expect(warnings.map((w) => [w.path, w.message])).toEqual([
      ['line 11', '"-> See 9.9." points at no claim: link skipped'],
      ['line 12', 'Claim 1.4 is missing: 1.4.1 linked to 1'],
    ]);
    expect(relation(dataset, '1.4.1', '1')?.type).toBe('disputes');
  });

  it('warns about repeated indexes, claims without a stance and stray lines', async () => {
    const text = 'stray line\n1. Thesis\n1.1. Pro: A\n1.1. Con: B\n1.2. No stance\n1.3. Pro: -> See 1.\n';
    const { dataset, warnings } = await importKialo(text);
    expect(warnings.map((w) => w.path)).toEqual(['line 1', 'line 4', 'line 5', 'line 6']);
    expect(node(dataset, '1.1')?.label).toBe('A');
    expect(dataset.relations).toHaveLength(1);
  });

  it('refuses a text without numbered claims', async () => {
    expect(await importText('Discussion Title: nothing here\n', { format: 'kialo' })).toMatchObject({
      ok: false,
      problems: [{ path: 'line 1', message: 'No Kialo claims found' }],
    });
  });
});
