import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCapturing } from './run-cli.ts';

const run = runCapturing;

const SEED = 'graph-data/nk-russia-military-ties.json';
const INVALID = 'test/fixtures/invalid/several-problems.json';

describe('cli validate', () => {
  it('prints OK and exits 0 for valid files', async () => {
    expect(await run('validate', SEED)).toEqual({ code: 0, stdout: `OK ${SEED}\n`, stderr: '' });
  });

  it('prints every problem with path, message and hint, and exits 1', async () => {
    const { code, stdout } = await run('validate', SEED, INVALID);
    expect(code).toBe(1);
    expect(stdout).toContain(`OK ${SEED}\nINVALID ${INVALID}: 3 problems\n`);
    expect(stdout).toContain(
      '  /nodes/0/weight: Out of range: expected <=1, got 2\n    hint: Use a number from 0 to 1',
    );
    expect(stdout).toContain('  /relations/0/to: Unknown node "c9"\n');
    expect(stdout).toContain('  /relations/1: Self-relation: "c1" disputes itself\n');
  });

  it('prints machine-readable results with --json', async () => {
    const { code, stdout } = await run('validate', '--json', INVALID);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ file: INVALID, ok: false });
    expect(report.problems.map((p: { path: string }) => p.path)).toEqual([
      '/nodes/0/weight',
      '/relations/0/to',
      '/relations/1',
    ]);
  });

  it('exits 2 with a one-line message for an unreadable file, and still checks the others', async () => {
    const { code, stdout, stderr } = await run('validate', 'no/such/file.json', SEED);
    expect(code).toBe(2);
    expect(stderr).toBe('argument-graph: cannot read no/such/file.json: no such file\n');
    expect(stdout).toBe(`OK ${SEED}\n`);
  });

  it('exits 2 on bad usage', async () => {
    expect(await run('validate')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/at least one file/),
    });
    expect(await run('validate', '--frobnicate', SEED)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^argument-graph validate: Unknown option '--frobnicate'/),
    });
    expect(await run('nonsense')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command "nonsense"/),
    });
  });

  it('documents itself with --help', async () => {
    expect(await run('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/validate {2}Check datasets/),
    });
    expect(await run('validate', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: argument-graph validate/),
    });
  });
});

describe('the installed command', () => {
  it('runs end to end through bin/argument-graph.js with the documented exit codes', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ['bin/argument-graph.js', 'validate', SEED]);
    expect(ok.stdout).toBe(`OK ${SEED}\n`);
    const failed = await exec(process.execPath, ['bin/argument-graph.js', 'validate', INVALID]).catch(
      (e) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^INVALID /);
    expect(failed.stderr).toBe('');
  });
});
