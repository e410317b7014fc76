/**
 * Feed text on a terminal: a title can carry ESC sequences (clear the screen,
 * set the window title, OSC 52 write the clipboard, OSC 8 hide a link), a bare
 * CR that overwrites the line, BEL, DEL, C1 controls (U+009B is a one-byte CSI
 * on many terminals) and bidi overrides that reorder what is shown. Each one is
 * written as a visible `\uXXXX` instead: harmless on a terminal, and inside
 * JSON.stringify output it is a valid JSON escape for the very same character,
 * so `--json` still parses to the feed's text. Newline and tab stay: they are layout.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function escapeTerminalControls(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
