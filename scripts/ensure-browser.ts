import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_MESSAGE } from './find-chromium.ts';

// Runs before `npm test`: the browser tests need Chromium. On a fresh Debian machine where we are root,
// install Debian's package (the only browser source that works offline-from-CDNs here); elsewhere, say how.
const found = await findChromium();
if (!found) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  console.log(
    'No Chromium found: installing Debian\'s "chromium" package for the browser tests (apt-get)...',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const { status } = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${status}).\n${NO_BROWSER_MESSAGE}`);
      process.exit(1);
    }
  }
}
