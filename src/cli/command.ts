/** What a subcommand needs from the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Writes a UTF-8 text file; absent where the host can only print (commands then write to stdout). */
  writeFile?: (path: string, text: string) => Promise<void>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A CLI subcommand: `argument-graph <name> ...args`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<ExitCode>;
}

/** Raised for bad usage or unreadable input: printed as one line, exit 2, no stack trace. */
export class UsageError extends Error {}
