import { type ParseResult, parseDatasetText } from '../model/index.ts';
import { type CliIo, UsageError } from './command.ts';

/** Reads and parses a dataset file; an unreadable file is a UsageError that says why. */
export async function readDataset(path: string, io: CliIo): Promise<ParseResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  return parseDatasetText(text);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
