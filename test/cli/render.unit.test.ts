import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlText } from '../../src/export/xml.ts';
import { parseDataset } from '../../src/model/index.ts';
import { runCapturing } from './run-cli.ts';

const SEED = 'graph-data/nk-russia-military-ties.json';
const INVALID = 'test/fixtures/invalid/several-problems.json';
// Launching Chromium, and building the render bundle on the first run, takes seconds.
const SLOW = { timeout: 120_000 };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'argmap-render-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = runCapturing;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('cli render', () => {
  it('renders the seed to PNG through the package binary, at the requested scale', SLOW, async () => {
    const one = join(dir, 'seed.png');
    const { stderr } = await promisify(execFile)('node', [
      'bin/argument-graph.js',
      'render',
      SEED,
      '-o',
      one,
    ]);
    expect(stderr).toMatch(/Rendered .* to .*seed\.png \(PNG, \d+ KB\): 51 nodes, 69 relations/);
    const two = join(dir, 'seed@2.png');
    expect((await run('render', SEED, '-o', two, '--scale', '2')).code).toBe(0);
    const [a, b] = [pngSize(await readFile(one)), pngSize(await readFile(two))];
    expect(a.width).toBeGreaterThan(600);
    expect(b).toEqual({ width: a.width * 2, height: a.height * 2 });
    // A blank image of this size compresses to a few kilobytes; the drawn graph does not.
    expect((await readFile(two)).length).toBeGreaterThan(200_000);
  });

  it('renders SVG with every node label and a legend, and JPEG with the dark theme', SLOW, async () => {
    const svgPath = join(dir, 'seed.svg');
    expect((await run('render', SEED, '-o', svgPath, '--legend', '--layout', 'concentric')).code).toBe(0);
    const svg = await readFile(svgPath, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const parsed = parseDataset(JSON.parse(await readFile(SEED, 'utf8')));
    if (!parsed.ok) throw new Error('seed invalid');
    expect(svg.match(/class="argmap-node"/g)).toHaveLength(parsed.dataset.nodes.length);
    for (const word of parsed.dataset.nodes.flatMap((n) => n.label.split(/\s+/)))
      expect(svg).toContain(xmlText(word.replace(/[.,;:]+$/, '')));
    expect(svg).toContain('class="argmap-legend"');

    const jpeg = join(dir, 'seed.jpg');
    const result = await run(
      'render',
      SEED,
      '-o',
      jpeg,
      '--theme',
      'dark',
      '--width',
      '600',
      '--height',
      '900',
    );
    expect(result.stderr).toContain('dark theme');
    expect([...(await readFile(jpeg)).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    // What only the page can check is still one clear line, and no file.
    const bad = await run('render', SEED, '-o', join(dir, 'bad.png'), '--background', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^argument-graph render: cannot render .*: Export background "nope" is not a CSS colour/,
    );
    await expect(readFile(join(dir, 'bad.png'))).rejects.toThrow(/ENOENT/);
  });

  it('saves the layout as JSON with positions, which layout="preset" draws again', SLOW, async () => {
    const laidOut = join(dir, 'seed-laid-out.json');
    const first = await run('render', SEED, '-o', laidOut, '--layout', 'concentric');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /\(JSON with positions, \d+ KB\): 51 nodes, 69 relations, concentric layout/,
    );
    const parsed = parseDataset(JSON.parse(await readFile(laidOut, 'utf8')));
    if (!parsed.ok) throw new Error('the saved layout is not a valid dataset');
    const positions = parsed.dataset.nodes.map((node) => node.position);
    expect(positions.every((p) => p && Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(positions.map((p) => `${p?.x},${p?.y}`)).size).toBe(51);

    const again = await run('render', laidOut, '-o', join(dir, 'again.png'), '--layout', 'preset');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('preset layout, light theme');
    // Without positions, preset falls back and says why.
    const seed = await run('render', SEED, '-o', join(dir, 'fallback.png'), '--layout', 'preset');
    expect(seed.stderr).toContain(
      'hierarchical layout (Not every node has a saved position: drawn hierarchical)',
    );
  });

  it('exits 1 with the problem list for an invalid dataset', async () => {
    const { code, stderr } = await run('render', INVALID, '-o', join(dir, 'x.png'));
    expect(code).toBe(1);
    expect(stderr).toContain(`INVALID ${INVALID} (dataset): 3 problems`);
    expect(stderr).toContain('/relations/0/to: Unknown node "c9"');
  });

  it('exits 2 with one clear line for bad output paths and bad usage, before starting a browser', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['-o', join(dir, 'missing', 'x.png')], /cannot write .*x\.png: the folder .*missing does not exist/],
      [['-o', dir.concat('/')], /render needs an output|cannot tell the output format/],
      [
        ['-o', join(dir, 'x.gif')],
        /cannot tell the output format from ".*x\.gif": end it in \.png, \.jpg, \.svg or \.json/,
      ],
      [['-o', join(dir, 'x.json'), '--scale', '2'], /--scale and --background are for images/],
      [['-o', join(dir, 'x.png'), '--scale', '9'], /--scale must be a number from 1 to 4, not "9"/],
      [
        ['-o', join(dir, 'x.png'), '--layout', 'radial'],
        /--layout must be one of hierarchical, force, concentric/,
      ],
      [['-o', join(dir, 'x.png'), '--legend'], /--legend works with SVG output only/],
      [[], /render needs an output: -o <file.png\|file.jpg\|file.svg\|file.json>/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run('render', SEED, ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run('render', 'no-such-file.json', '-o', join(dir, 'x.png'))).stderr).toContain(
      'cannot read no-such-file.json: no such file',
    );
  });

  it('exits 2 and says how to get a browser when there is none', SLOW, async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-chromium-here');
    try {
      const { code, stderr } = await run('render', SEED, '-o', join(dir, 'nobrowser.png'));
      expect(code).toBe(2);
      expect(stderr).toContain('does not exist');
      expect(stderr).toContain('apt-get install -y chromium');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
