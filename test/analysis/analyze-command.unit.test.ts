import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/index.ts';
import { runCapturing } from '../cli/run-cli.ts';

async function run(...args: string[]) {
  const { code, stdout, stderr } = await runCapturing(...args);
  return { status: code, stdout, stderr };
}

const SEED = 'graph-data/nk-russia-military-ties.json';

describe('argument-graph analyze', () => {
  it('prints the analysis as JSON', async () => {
    const { status, stdout } = await run('analyze', SEED, '--semantics', 'quadratic-energy');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(result.semantics.name).toBe('quadratic-energy');
    expect(result.nodes['park-won-gon']).toMatchObject({ kind: 'expert', status: 'accepted' });
    expect(result.derivedEdges).toContainEqual(
      expect.objectContaining({ from: 'cho-han-bum', to: 'park-won-gon', type: 'disagrees' }),
    );
  });

  it('prints the problem list of an invalid dataset and exits 1', async () => {
    const { status, stdout, stderr } = await run('analyze', 'test/fixtures/invalid/dangling-to.json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problems: [{ path: '/relations/0/to' }] });
    expect(stderr).toMatch(/not a valid dataset/);
  });

  it('exits 2 on an unknown semantics, a missing file or no file', async () => {
    for (const args of [
      ['analyze', SEED, '--semantics', 'grounded'],
      ['analyze', 'missing.json'],
      ['analyze'],
    ]) {
      const { status, stdout, stderr } = await run(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^argument-graph analyze: /);
    }
  });
});
