import { describe, expect, it } from 'vitest';
import { escapeTerminalControls } from '../../../core/text/terminal-safe';
import { TERMINAL_ATTACKS, isTerminalSafe } from '../support/hostile-text';

describe('escapeTerminalControls', () => {
  it.each(TERMINAL_ATTACKS)('makes %j inert', (attack) => {
    expect(isTerminalSafe(escapeTerminalControls(`Title ${attack} end`))).toBe(true);
  });

  it('writes escapes that JSON reads back as the same characters', () => {
    const title = TERMINAL_ATTACKS.join(' ');
    const json = escapeTerminalControls(JSON.stringify({ title }, null, 2));
    expect(isTerminalSafe(json)).toBe(true);
    expect((JSON.parse(json) as { title: string }).title).toBe(title);
  });

  it('keeps newlines, tabs and ordinary text, umlauts and right-to-left script', () => {
    const text = 'Menschenrechte in Graz\tSaal 1\nحقوق الإنسان – €';
    expect(escapeTerminalControls(text)).toBe(text);
  });
});
