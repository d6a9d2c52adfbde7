import { displayPath, type Problem } from '../model/index.ts';
import type { CliIo } from './command.ts';

/** Prints why an input could not be read: `INVALID <file> (<format>): N problems`, then each path, message and hint. */
export function reportInvalid(
  io: CliIo,
  file: string,
  format: string | undefined,
  problems: Problem[],
): void {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  io.stderr(`INVALID ${file}${format ? ` (${format})` : ''}: ${count}\n`);
  for (const p of problems) io.stderr(`  ${displayPath(p.path)}: ${p.message}\n    hint: ${p.hint}\n`);
}
