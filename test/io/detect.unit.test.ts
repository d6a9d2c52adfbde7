import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from '../../src/io/index.ts';
import { readFixture } from './helpers.ts';

describe('detectFormat', () => {
  it('tells each format by its content, whatever the file is called', () => {
    expect(detectFormat('{"format": "argument-graph", "version": 1}', 'x.txt')).toBe('dataset');
    expect(detectFormat(readFixture('aif-undercut.json'))).toBe('aif');
    expect(detectFormat(readFixture('ova3-locutions.json'), 'map.json')).toBe('aif');
    expect(detectFormat('{"nodes": [], "edges": []}')).toBe('aif');
    expect(detectFormat(readFixture('argdown-features.argdown'))).toBe('argdown');
    expect(detectFormat('[A]: a statement\n')).toBe('argdown');
    expect(detectFormat('<Arg>\n\n(1) p\n----\n(2) c\n')).toBe('argdown');
    expect(detectFormat(readFixture('kialo-crosslinks.txt'), 'export.argdown')).toBe('kialo');
    expect(detectFormat('1. Thesis\n1.1. Pro: yes\n')).toBe('kialo');
  });

  it('falls back on the extension when the content does not settle it', () => {
    expect(detectFormat('{"nodes": 3}', 'map.aif.json')).toBe('aif');
    expect(detectFormat('{"nodes": 3}', 'map.json')).toBe('dataset');
    expect(detectFormat('{ broken', 'map.aif')).toBe('aif');
    expect(detectFormat('{ broken')).toBe('dataset');
    expect(detectFormat('just words', 'notes.argdown')).toBe('argdown');
    expect(detectFormat('just words', 'notes.txt')).toBe('kialo');
    expect(detectFormat('just words')).toBeUndefined();
  });
});

describe('importText', () => {
  it('says when it cannot tell the format', async () => {
    expect(await importText('just words')).toMatchObject({
      ok: false,
      problems: [{ path: '', message: 'Cannot tell the format of this text' }],
    });
  });

  it('reads our own format as the validator does', async () => {
    const ok = await importText(
      '{"format": "argument-graph", "version": 1, "sources": [], "nodes": [], "relations": []}',
    );
    expect(ok).toMatchObject({ ok: true, format: 'dataset', warnings: [] });
    expect(await importText('{"format": "argument-graph"}')).toMatchObject({ ok: false, format: 'dataset' });
  });

  it('lets the caller name the format', async () => {
    const result = await importText('[A]: a\n', { format: 'argdown', fileName: 'x.json' });
    expect(result).toMatchObject({ ok: true, format: 'argdown' });
  });
});
