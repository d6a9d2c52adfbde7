import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { THEME_PROPERTIES } from '../../src/components/theme-controller.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
const element = (manifest: { modules: { declarations?: Declaration[] }[] }) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'argument-graph') as Declaration;

describe('custom-elements.json', () => {
  it('is current: the analyzer writes the committed file from the JSDoc', async () => {
    // The analyzer resolves --outdir against the working directory.
    const dir = 'node_modules/.cache/argmap-cem';
    rmSync(join(root, dir), { recursive: true, force: true });
    await promisify(execFile)(join(root, 'node_modules/.bin/cem'), ['analyze', '--outdir', dir], {
      cwd: root,
    });
    expect(JSON.parse(read(`${dir}/custom-elements.json`))).toEqual(JSON.parse(read('custom-elements.json')));
  }, 30_000);

  it('docs/COMPONENT.md documents every attribute, event, part and custom property in it', () => {
    const el = element(JSON.parse(read('custom-elements.json')));
    const docs = read('docs/COMPONENT.md');
    const names = [el.attributes, el.events, el.cssParts, el.cssProperties].flatMap((list) =>
      (list ?? []).map((item) => item.name),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });

  it('names every custom property the theme bridge reads', () => {
    const documented = new Set(
      (element(JSON.parse(read('custom-elements.json'))).cssProperties ?? []).map((p) => p.name),
    );
    const bridged = [...Object.keys(THEME_PROPERTIES), '--argmap-font-family', '--argmap-font-size'];
    expect(bridged.filter((name) => !documented.has(name))).toEqual([]);
  });
});
