const FALLBACK = 'argument-graph';
const MAX_LENGTH = 80;

/**
 * A file name for an export: the dataset title as a lower-case ASCII slug ("North Korea–Russia ties?" →
 * "north-korea-russia-ties"), or "argument-graph" when there is no usable title, plus the extension.
 */
export function exportFileName(title: string | undefined, extension: string): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${slug || FALLBACK}.${extension.replace(/^\./, '')}`;
}
