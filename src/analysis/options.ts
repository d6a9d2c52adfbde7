import { SEMANTICS } from './semantics.ts';
import type { AnalyzeOptions } from './types.ts';

export const DEFAULT_OPTIONS: Readonly<Required<AnalyzeOptions>> = {
  semantics: 'dfquad',
  tolerance: 1e-6,
  maxIterations: 1000,
  betweennessLimit: 5000,
};

/** Fills in defaults; a nonsensical option is a programming error, reported at once rather than analysed around. */
export function resolveOptions(options: AnalyzeOptions = {}): Required<AnalyzeOptions> {
  const resolved = { ...DEFAULT_OPTIONS, ...withoutUndefined(options) };
  const fail = (message: string) => {
    throw new RangeError(`argument-graph/analysis: ${message}`);
  };
  if (!Object.hasOwn(SEMANTICS, resolved.semantics))
    fail(`unknown semantics "${resolved.semantics}"; use ${Object.keys(SEMANTICS).join(' or ')}`);
  if (!(resolved.tolerance > 0 && Number.isFinite(resolved.tolerance)))
    fail(`tolerance must be a positive number, got ${resolved.tolerance}`);
  if (!(Number.isInteger(resolved.maxIterations) && resolved.maxIterations >= 1))
    fail(`maxIterations must be an integer ≥ 1, got ${resolved.maxIterations}`);
  if (!(resolved.betweennessLimit >= 0))
    fail(`betweennessLimit must be ≥ 0, got ${resolved.betweennessLimit}`);
  return resolved;
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
