import { parseArgs } from 'node:util';
import { displayPath } from '../../model/index.ts';
import { type Command, EXIT, type ExitCode, UsageError } from '../command.ts';
import { readDataset } from '../read-dataset.ts';

export const validate: Command = {
  name: 'validate',
  summary: 'Check datasets against the format; list every problem with its path and a hint.',
  usage: [
    'Usage: argument-graph validate <file>... [--json]',
    '',
    'Prints "OK <file>" for each valid file, or every problem (JSON path, message, hint).',
    '  --json   print one JSON object per file: {"file", "ok", "problems": [{"path", "message", "hint"}]}',
    'Exit status: 0 all valid, 1 some invalid, 2 unreadable file or bad usage.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError('validate needs at least one file');
    let status: ExitCode = EXIT.ok;
    for (const file of positionals) {
      let result: Awaited<ReturnType<typeof readDataset>>;
      try {
        result = await readDataset(file, io);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`argument-graph: ${error.message}\n`);
        status = EXIT.usage;
        continue;
      }
      const problems = result.ok ? [] : result.problems;
      if (values.json) io.stdout(`${JSON.stringify({ file, ok: result.ok, problems })}\n`);
      else if (result.ok) io.stdout(`OK ${file}\n`);
      else {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        io.stdout(`INVALID ${file}: ${count}\n`);
        for (const p of problems) io.stdout(`  ${displayPath(p.path)}: ${p.message}\n    hint: ${p.hint}\n`);
      }
      if (!result.ok && status === EXIT.ok) status = EXIT.invalid;
    }
    return status;
  },
};
