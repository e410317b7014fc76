import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../../core/calendar/content-line';

const octets = (line: string): number => new TextEncoder().encode(line).length;

describe('iCalendar content lines', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets, never inside a UTF-8 character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Grüße aus Graz – 😀 '.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toMatch(/[\uD800-\uDBFF]\r\n/);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:Opening')).toBe('SUMMARY:Opening');
  });
});
