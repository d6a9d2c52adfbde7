import type { RelationType } from '../model/index.ts';
import type { JsonObject } from './json.ts';

// What AIF node types and texts mean on the map; aif-import.ts reads by it and aif-export.ts writes by it.

/** Scheme nodes drawn as relations: inference, conflict, rephrase. */
const DRAWN_SCHEMES = ['RA', 'CA', 'MA'] as const;
export type DrawnScheme = (typeof DRAWN_SCHEMES)[number];
export const isDrawnScheme = (type: unknown): type is DrawnScheme =>
  DRAWN_SCHEMES.includes(type as DrawnScheme);
export const relationTypeOf = (scheme: DrawnScheme): RelationType =>
  scheme === 'CA' ? 'disputes' : 'supports';

export const SCHEME_WORDS: Record<DrawnScheme, string> = { RA: 'Inference', CA: 'Conflict', MA: 'Rephrase' };

/** The scheme a node names ("ExpertOpinion"), if it names one beyond its generic type. */
export function schemeName(raw: JsonObject): string | undefined {
  const name = [raw.scheme, raw.text].find((value) => typeof value === 'string' && value.trim() !== '');
  const trimmed = (name as string | undefined)?.trim();
  return trimmed && !isDrawnScheme(trimmed) && !/^default /i.test(trimmed) ? trimmed : undefined;
}

/** Tags a materialised scheme node carries: its AIF type and its scheme. */
export function schemeNodeTags(raw: JsonObject): string[] {
  const name = schemeName(raw);
  return [`aif:${String(raw.type)}`, ...(name ? [name] : [])];
}

/** The stance an illocution (YA text) takes towards its proposition; undefined for questions. */
export function stanceOf(illocution: string): RelationType | undefined {
  if (/disagree|challeng/i.test(illocution)) return 'disputes';
  if (/question/i.test(illocution) && !/assertive/i.test(illocution)) return undefined;
  return 'supports';
}

/** "Speaker : words" (the AIFdb convention for L nodes) split in two. */
export function splitSpeaker(text: string): { speaker?: string; words: string } {
  const match = /^\s*([^:\n]{1,100}?)\s+:\s+([\s\S]*)$/.exec(text);
  return match ? { speaker: match[1].trim(), words: match[2].trim() } : { words: text.trim() };
}
