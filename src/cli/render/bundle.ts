import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Thrown when the render bundle is missing and cannot be built; the message says how to get it. */
export class BundleError extends Error {}

/** The package root: the nearest folder above this module with a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new BundleError('cannot find the argument-graph package folder');
    dir = parent;
  }
  return dir;
}

/** Newest modification time of the files under `dir`, in ms. */
async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  return latest;
}

/**
 * The path of the render bundle (vite.render.config.ts), built first when it is missing or older than any
 * file in src/ (or the config). In a checkout that takes a second or two, once after each change; an installed
 * package has no src/ and ships the bundle. The build goes to a temporary folder and is moved into place, so
 * a render running at the same time never reads half a file.
 */
export async function renderBundle(log: (text: string) => void): Promise<string> {
  const root = packageRoot();
  const bundle = join(root, 'dist', 'render', 'argument-graph.js');
  const config = join(root, 'vite.render.config.ts');
  const sources = join(root, 'src');
  const built = existsSync(bundle) ? (await stat(bundle)).mtimeMs : 0;
  if (!existsSync(sources) || !existsSync(config)) {
    if (built) return bundle;
    throw new BundleError(
      `the render bundle ${bundle} is missing: reinstall argument-graph, or build it in a checkout with "npm run build:render"`,
    );
  }
  if (built && built >= Math.max(await newest(sources), (await stat(config)).mtimeMs)) return bundle;

  log(`Building the render bundle (${relative(process.cwd(), bundle) || bundle}) from src/…\n`);
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new BundleError('building the render bundle needs Vite: run "npm install" in the checkout first');
  }
  await mkdir(dirname(bundle), { recursive: true });
  const outDir = await mkdtemp(join(dirname(bundle), '.build-'));
  try {
    await vite.build({ root, configFile: config, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    await rename(join(outDir, 'argument-graph.js'), bundle);
  } catch (error) {
    throw new BundleError(
      `could not build the render bundle: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  return bundle;
}
