import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { readFixture } from './helpers.ts';

/** An in-memory file system; `readonly` paths refuse writes as a read-only directory would. */
function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => {
      if (path in files) return files[path];
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    writeFile: async (path, text) => {
      if (path.startsWith('readonly/')) throw Object.assign(new Error(`EACCES: ${path}`), { code: 'EACCES' });
      files[path] = text;
    },
  };
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('argument-graph convert', () => {
  it('converts AIF to Argdown, format from content and extension, with a summary on stderr', async () => {
    const fs = memoryIo({ 'map.json': readFixture('aif-undercut.json') });
    expect(await runCli(['convert', 'map.json', '-o', 'map.argdown'], fs.io)).toBe(0);
    expect(fs.files['map.argdown']).toContain('[The bridge is safe]');
    expect(fs.stderr()).toContain('Converted map.json (aif) to map.argdown (argdown): 5 nodes, 4 relations');
    expect(fs.stderr()).toMatch(/^warning: argdown output: Argdown has no place for "aif"/m);
  });

  it('writes our JSON, AIF (by .aif.json or --to) and stdout', async () => {
    const fs = memoryIo({ 'debate.txt': readFixture('kialo-crosslinks.txt') });
    expect(await runCli(['convert', 'debate.txt', '-o', 'debate.json'], fs.io)).toBe(0);
    expect(JSON.parse(fs.files['debate.json'])).toMatchObject({
      format: 'argument-graph',
      title: 'Should cities ban cars?',
    });
    expect(await runCli(['convert', 'debate.txt', '-o', 'debate.aif.json'], fs.io)).toBe(0);
    expect(JSON.parse(fs.files['debate.aif.json'])).toHaveProperty('AIF.nodes');
    expect(await runCli(['convert', 'debate.json', '-o', 'out.data', '--to', 'aif'], fs.io)).toBe(0);
    expect(fs.files['out.data']).toBe(fs.files['debate.aif.json']);
    expect(await runCli(['convert', 'debate.txt', '--from', 'kialo', '-o', '-'], fs.io)).toBe(0);
    expect(JSON.parse(fs.stdout())).toMatchObject({ format: 'argument-graph' });
    expect(fs.stderr()).toContain(
      'warning: debate.txt: line 11: "-> See 9.9." points at no claim: link skipped',
    );
  });

  it('writes GraphML and GEXF with the derived edges, by extension or --to', async () => {
    const fs = memoryIo({ 'debate.txt': readFixture('kialo-crosslinks.txt') });
    expect(await runCli(['convert', 'debate.txt', '-o', 'debate.graphml'], fs.io)).toBe(0);
    expect(fs.files['debate.graphml']).toMatch(/<graphml [^>]*>[\s\S]*<edge [^>]*>[\s\S]*<\/graphml>/);
    expect(await runCli(['convert', 'debate.txt', '-o', 'debate.GEXF'], fs.io)).toBe(0);
    expect(fs.files['debate.GEXF']).toContain('<gexf version="1.3"');
    expect(await runCli(['convert', 'debate.txt', '-o', '-', '--to', 'graphml'], fs.io)).toBe(0);
    expect(fs.stdout()).toBe(fs.files['debate.graphml']);
    expect(fs.stderr()).toContain('to debate.GEXF (gexf)');
  });

  it('exits 1 and lists the problems of an invalid input', async () => {
    const fs = memoryIo({ 'bad.argdown': '[A]: x\n  + <B\n<C>: y\n' });
    expect(await runCli(['convert', 'bad.argdown', '-o', 'out.json'], fs.io)).toBe(1);
    expect(fs.stderr()).toContain('INVALID bad.argdown (argdown): 1 problem\n  line 3, column 1:');
    expect(fs.files).not.toHaveProperty('out.json');
  });

  it('exits 2 with one line for unreadable input, unwritable output and bad usage', async () => {
    const cases: Array<[string[], string]> = [
      [['convert', 'missing.json', '-o', 'x.json'], 'cannot read missing.json: no such file'],
      [['convert', 'map.json', '-o', 'readonly/x.json'], 'cannot write readonly/x.json: permission denied'],
      [['convert', 'map.json'], 'convert needs an output'],
      [['convert', '-o', 'x.json'], 'convert needs exactly one input file'],
      [['convert', 'map.json', '-o', 'x.svg'], 'cannot tell the output format from "x.svg"'],
      [['convert', 'map.json', '-o', 'x.json', '--to', 'kialo'], '--to must be one of dataset, aif, argdown'],
      [
        ['convert', 'map.json', '-o', 'x.json', '--from', 'csv'],
        '--from must be one of dataset, aif, argdown, kialo',
      ],
      [['convert', 'map.json', '-o', 'x.json', '--bogus'], "Unknown option '--bogus'"],
    ];
    for (const [args, message] of cases) {
      const fs = memoryIo({ 'map.json': readFixture('aif-undercut.json') });
      expect(await runCli(args, fs.io)).toBe(2);
      expect(fs.stderr()).toContain(`argument-graph convert: ${message}`);
      expect(fs.stderr().trim().split('\n')).toHaveLength(1);
    }
  });
});
