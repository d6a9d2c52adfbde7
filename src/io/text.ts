/** Longest label an importer derives from a text: about three wrapped lines on the graph. */
export const DERIVED_LABEL_LENGTH = 120;

/** Collapses runs of whitespace (newlines included) to one space and trims. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The short label a node shows, cut from its full text at a word boundary, and the full text
 * when the label does not already say it all. Importers and exporters share it, so a round
 * trip through a format that only has full texts gives back the same labels.
 */
export function labelAndText(fullText: string): { label: string; text?: string } {
  const flat = oneLine(fullText);
  let label = flat;
  if (flat.length > DERIVED_LABEL_LENGTH) {
    const cut = flat.slice(0, DERIVED_LABEL_LENGTH - 1);
    const space = cut.lastIndexOf(' ');
    label = `${(space > DERIVED_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  const text = fullText.trim();
  return text === label ? { label } : { label, text };
}

/** A kebab-case slug for ids: "Park Won-gon" → "park-won-gon". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** "line 12" or "line 12, column 3": where a problem sits in a text format. */
export function at(line: number, column?: number): string {
  return column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
}
