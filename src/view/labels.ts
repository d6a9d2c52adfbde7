/** Label wrapping and node sizing, done ahead of Cytoscape so node sizes are known and lines never exceed the cap. */

export const MAX_LABEL_LINES = 3;
/** Characters per line before wrapping (about 150 px at 13 px system-ui). */
export const LINE_CHARS = 24;
const ELLIPSIS = '…';

/**
 * Greedy word wrap to at most `maxLines` lines of at most `lineChars` characters; words longer than a line are
 * cut; overflow ends the last line with an ellipsis.
 */
export function wrapLabel(label: string, lineChars = LINE_CHARS, maxLines = MAX_LABEL_LINES): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let overflow = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i] as string;
    while (word.length > lineChars) {
      // An unbreakable word: flush the current line, then cut the word.
      if (current) {
        lines.push(current);
        current = '';
      }
      lines.push(`${word.slice(0, lineChars - 1)}-`);
      word = word.slice(lineChars - 1);
    }
    if (!current) current = word;
    else if (current.length + 1 + word.length <= lineChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
    if (lines.length >= maxLines) {
      overflow = true;
      break;
    }
  }
  if (current && lines.length < maxLines) lines.push(current);
  else if (current) overflow = true;
  if (lines.length > maxLines) {
    lines.length = maxLines;
    overflow = true;
  }
  if (overflow) {
    const last = (lines[maxLines - 1] ?? '').replace(/-$/, '');
    const room = lineChars - 1;
    lines[maxLines - 1] =
      `${(last.length > room ? last.slice(0, room) : last).replace(/[\s,.;:]+$/, '')}${ELLIPSIS}`;
  }
  return lines;
}

/** Approximate advance width of a string in ems for a proportional sans-serif font. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) {
    if ('iljtfrI.,;:\'"!|()[] '.includes(ch)) width += 0.34;
    else if ('mwMW'.includes(ch)) width += 0.85;
    else if (ch >= 'A' && ch <= 'Z') width += 0.7;
    else if (ch >= '0' && ch <= '9') width += 0.64;
    else width += 0.6;
  }
  return width;
}

export interface NodeBox {
  width: number;
  height: number;
}

export const LINE_HEIGHT = 1.25;

/** Size of a node whose label is `lines`, with padding that depends on the shape. */
/** Measures the rendered width of a line in px; `bold` for claim labels. */
export type MeasureText = (text: string, bold: boolean) => number;

export function nodeBox(
  lines: string[],
  fontSize: number,
  kind: 'claim' | 'expert' | 'evidence',
  measure?: MeasureText,
): NodeBox {
  const bold = kind === 'claim';
  const width = (line: string) =>
    measure ? measure(line, bold) : textWidthEm(line) * fontSize * (bold ? 1.08 : 1);
  const textWidth = Math.max(...lines.map(width), 3 * fontSize);
  const textHeight = lines.length * fontSize * LINE_HEIGHT;
  // Ellipses need more room than boxes for the same text.
  const padX = kind === 'expert' ? 28 : kind === 'evidence' ? 26 : 18;
  const padY = kind === 'expert' ? 14 : 12;
  return { width: Math.round(textWidth + padX), height: Math.round(textHeight + padY) };
}
