import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/file-name.ts';

describe('exportFileName', () => {
  it('slugs the title and adds the extension', () => {
    expect(exportFileName('Will North Korea and Russia become real military allies?', 'png')).toBe(
      'will-north-korea-and-russia-become-real-military-allies.png',
    );
    expect(exportFileName('Café – Ñandú / 2024', '.svg')).toBe('cafe-nandu-2024.svg');
  });

  it('falls back to "argument-graph" without a usable title', () => {
    expect(exportFileName(undefined, 'json')).toBe('argument-graph.json');
    expect(exportFileName('??? ', 'gexf')).toBe('argument-graph.gexf');
    expect(exportFileName('../../etc/passwd', 'png')).toBe('etc-passwd.png');
  });

  it('keeps names short', () => {
    expect(exportFileName('x'.repeat(300), 'png').length).toBeLessThanOrEqual(84);
  });
});
