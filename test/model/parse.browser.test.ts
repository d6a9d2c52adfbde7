import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/index.ts';

// The validator also runs in the page (the element validates what `src` fetches): check it in real Chromium.
describe('parseDataset in the browser', () => {
  it('validates the seed debate fetched over HTTP', async () => {
    expect(navigator.userAgent).toContain('Chrome/');
    const response = await fetch('/graph-data/nk-russia-military-ties.json');
    const result = parseDataset(await response.text());
    expect(result.ok).toBe(true);
  });

  it('reports the problems of an invalid file with their paths', async () => {
    const response = await fetch('/test/fixtures/invalid/several-problems.json');
    const result = parseDataset(await response.text());
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '/nodes/0/weight',
      '/relations/0/to',
      '/relations/1',
    ]);
  });
});
