import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The published package, checked as npm would ship it. Needs `npm run build` first (`npm test` runs it).
const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/cdn/argument-graph.js'));

let dir = '';
let tarball = '';
let files: string[] = [];

beforeAll(async () => {
  if (!built) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  dir = mkdtempSync(join(tmpdir(), 'argmap-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
  });
  const [info] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(dir, info.filename);
  files = info.files.map((f) => f.path);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the built entries, the CDN bundle, the schema and the manifest, and no tests or sources', () => {
    for (const file of [
      'package.json',
      'README.md',
      'bin/argument-graph.js',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/react.js',
      'dist/components/index.js',
      'dist/cli/main.js',
      'dist/schema.json',
      'dist/cdn/argument-graph.js',
    ])
      expect(files).toContain(file);
    // dist/examples holds the example apps (vite.examples.config.ts), built for the tests only.
    const STRAY =
      /^(test|src|graph-data|scripts|demo|bench|examples|docs|dist\/examples)\/|fixtures|\.map$|\.test\./;
    const stray = files.filter((f) => STRAY.test(f));
    expect(stray).toEqual([]);
  });

  it('passes publint (strict)', async () => {
    const { stdout } = await run(bin('publint'), ['run', tarball, '--strict'], { cwd: root });
    expect(stdout).not.toMatch(/error|warning/i);
  }, 60_000);

  it('passes attw with the esm-only profile', async () => {
    // attw exits non-zero on any problem the profile does not ignore (CommonJS and node10 are ignored).
    const { stdout } = await run(
      bin('attw'),
      [tarball, '--profile', 'esm-only', '--format', 'table-flipped'],
      {
        cwd: root,
      },
    );
    expect(stdout).toContain('"argument-graph/define"');
  }, 60_000);

  it('stays within the size budgets (size-limit, gzip)', async () => {
    const { stdout } = await run(bin('size-limit'), ['--json'], { cwd: root });
    const results = JSON.parse(stdout) as { name: string; passed: boolean; size: number }[];
    expect(results.filter((r) => !r.passed)).toEqual([]);
  }, 60_000);

  it('the root entry is pure: importing it in Node registers nothing and needs no DOM', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(join(root, 'dist/index.js'))});
         const r = m.parseDataset(${JSON.stringify(readFileSync(join(root, 'graph-data/example-small.json'), 'utf8'))});
         const a = m.analyze(r.dataset);
         const graphml = m.exportData('graphml', { dataset: r.dataset, graph: a.graph });
         console.log(JSON.stringify({ ok: r.ok, analyzed: Object.keys(a.result.nodes).length, graphml: graphml.includes('<graphml'), dom: typeof customElements }));`,
      ],
      { cwd: root },
    );
    expect(JSON.parse(stdout)).toEqual({ ok: true, analyzed: 6, graphml: true, dom: 'undefined' });
  });

  it('the published command runs the built CLI', async () => {
    const { stdout } = await run(
      process.execPath,
      [join(root, 'dist/cli/main.js'), 'validate', 'graph-data/example-small.json'],
      {
        cwd: root,
      },
    );
    expect(stdout.trim()).toBe('OK graph-data/example-small.json');
  });
});
