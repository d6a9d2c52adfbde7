import { type CliIo, type Command, EXIT, type ExitCode, UsageError } from './command.ts';
import { analyze } from './commands/analyze.ts';
import { convert } from './commands/convert.ts';
import { render } from './commands/render.ts';
import { validate } from './commands/validate.ts';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validate, analyze, convert, render];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: argument-graph <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "argument-graph <command> --help" for a command\'s options.',
  ].join('\n');
}

/** Runs the CLI on its arguments; returns the exit status and never throws. */
export async function runCli(args: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(`${usage()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`argument-graph: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Usage mistakes and parseArgs errors (unknown option, missing value) read as one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error);
    const expected =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`argument-graph ${name}: ${expected ? message : `internal error: ${message}`}\n`);
    if (!expected) io.stderr('This is a bug; please report it with the input that caused it.\n');
    return EXIT.usage;
  }
}
