import { type ParseResult, parseDatasetText } from '../model/index.ts';
import { type CliIo, UsageError } from './command.ts';

/** Reads an input file's text; an unreadable file is a UsageError that says why. */
export async function readInput(path: string, io: CliIo): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/** Reads and parses a dataset file. */
export async function readDataset(path: string, io: CliIo): Promise<ParseResult> {
  return parseDatasetText(await readInput(path, io));
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
