import { describe, expect, it } from 'vitest';
import { POPUP_GESTURE_MS, POPUP_LIMIT, POPUP_PERIOD_MS, PopupGate, isPrefilledMailto } from '../../../core/rooms/popup-policy';

const T0 = 1_000_000;

describe('PopupGate: a room page opens the browser only after real input, a few times a minute', () => {
  it('refuses an open without recent input', () => {
    const gate = new PopupGate();
    expect(gate.decide('https://www.example.org/help', T0)).toMatchObject({ open: false });
    gate.noteInput(T0);
    expect(gate.decide('https://www.example.org/help', T0 + POPUP_GESTURE_MS + 1)).toMatchObject({ open: false });
  });

  it('allows one open per input, shortly after it', () => {
    const gate = new PopupGate();
    gate.noteInput(T0);
    expect(gate.decide('https://www.example.org/help', T0 + 200)).toEqual({ open: true, reason: 'after a click or key press' });
    // The same click cannot open a second tab.
    expect(gate.decide('https://www.example.org/other', T0 + 300)).toMatchObject({ open: false });
  });

  it(`allows at most ${POPUP_LIMIT} opens per minute, then again once the minute has passed`, () => {
    const gate = new PopupGate();
    for (let i = 0; i < POPUP_LIMIT; i++) {
      gate.noteInput(T0 + i * 1000);
      expect(gate.decide('https://www.example.org/', T0 + i * 1000 + 10).open).toBe(true);
    }
    gate.noteInput(T0 + 5000);
    const refused = gate.decide('https://www.example.org/', T0 + 5010);
    expect(refused.open).toBe(false);
    expect(refused.reason).toContain('minute');
    gate.noteInput(T0 + POPUP_PERIOD_MS + 20);
    expect(gate.decide('https://www.example.org/', T0 + POPUP_PERIOD_MS + 30).open).toBe(true);
  });

  it('never opens a mail with prefilled text, even right after a click', () => {
    const gate = new PopupGate();
    gate.noteInput(T0);
    expect(gate.decide('mailto:someone@example.org?body=Hello%20there', T0 + 10)).toMatchObject({ open: false });
    expect(gate.decide('mailto:someone@example.org?subject=Invoice', T0 + 20)).toMatchObject({ open: false });
    expect(gate.decide('mailto:someone@example.org', T0 + 30).open).toBe(true);
  });
});

describe('isPrefilledMailto', () => {
  it.each([
    ['mailto:a@example.org?body=x', true],
    ['MAILTO:a@example.org?Subject=x', true],
    ['mailto:a@example.org?cc=b@example.org&BODY=%20x', true],
    ['mailto:a@example.org', false],
    ['mailto:a@example.org?body=', false],
    ['mailto:a@example.org?subject=&body=', false],
    ['mailto:a@example.org?cc=b@example.org', false],
    ['https://example.org/?body=x', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isPrefilledMailto(url)).toBe(expected);
  });
});
