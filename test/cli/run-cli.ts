import { readFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/cli.ts';

/** Runs the CLI in-process on the real file system, capturing what it prints and its exit status. */
export async function runCapturing(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => readFile(path, 'utf8'),
  });
  return { code, stdout, stderr };
}
