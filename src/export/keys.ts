import type { FlatAttributes, Scalar } from './flatten.ts';

/** What an attribute holds across all elements: the narrowest type every value fits. */
export type ScalarType = 'boolean' | 'integer' | 'double' | 'string';

/** An attribute declaration (GraphML `<key>`, GEXF `<attribute>`): where it applies, its name and type. */
export interface Key<Domain extends string> {
  id: string;
  domain: Domain;
  name: string;
  type: ScalarType;
}

const INT32 = 2 ** 31 - 1;

function typeOf(values: Scalar[]): ScalarType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number'))
    return values.every((v) => Number.isInteger(v) && Math.abs(v as number) <= INT32) ? 'integer' : 'double';
  return 'string';
}

/**
 * Declarations for every attribute of the records, per domain, typed from every value it takes (mixed values are
 * strings), with ids `<prefix>0`, `<prefix>1`, …; `lookup(domain, name)` finds one.
 */
export class Keys<Domain extends string> {
  readonly all: Key<Domain>[] = [];
  #byName = new Map<string, Key<Domain>>();

  constructor(records: Array<[Domain, FlatAttributes]>, prefix: (domain: Domain) => string) {
    const values = new Map<string, { domain: Domain; name: string; values: Scalar[] }>();
    for (const [domain, record] of records)
      for (const [name, value] of Object.entries(record)) {
        const slot = `${domain}\u0000${name}`;
        const entry = values.get(slot) ?? { domain, name, values: [] };
        entry.values.push(value);
        values.set(slot, entry);
      }
    for (const [slot, { domain, name, values: all }] of values) {
      const key = { id: `${prefix(domain)}${this.all.length}`, domain, name, type: typeOf(all) };
      this.all.push(key);
      this.#byName.set(slot, key);
    }
  }

  lookup(domain: Domain, name: string): Key<Domain> {
    return this.#byName.get(`${domain}\u0000${name}`) as Key<Domain>;
  }
}
