import { type Problem, pointer } from '../model/index.ts';

/**
 * What an export leaves behind: each field of a dataset entry that the target format has no place
 * for, counted, so the exporter can warn once per field instead of once per entry.
 */
export class Losses {
  private readonly lost = new Map<string, { what: string; field: string; count: number; path: string }>();

  constructor(private readonly format: string) {}

  /** Notes the fields of `entry` (at `path`, e.g. ["nodes", 3]) that are not in `carried`. */
  check(entry: object, path: [string, number] | [], carried: readonly string[]): void {
    for (const [field, value] of Object.entries(entry))
      if (value !== undefined && !carried.includes(field)) this.note(path, field);
  }

  note(path: [string, number] | [], field: string): void {
    const what = path.length === 0 ? 'dataset' : path[0];
    const key = `${what} ${field}`;
    const known = this.lost.get(key);
    if (known) known.count++;
    else this.lost.set(key, { what, field, count: 1, path: pointer([...path, field]) });
  }

  warnings(): Problem[] {
    return [...this.lost.values()].map(({ what, field, count, path }) => ({
      path,
      message:
        what === 'dataset'
          ? `${this.format} has no place for the dataset's "${field}": not exported`
          : `${this.format} has no place for "${field}": ${count} of the ${what} lose${count === 1 ? 's' : ''} it`,
      hint: 'Keep the argument-graph JSON file as the full record; the export carries what the format can.',
    }));
  }
}
