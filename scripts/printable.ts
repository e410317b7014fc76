/**
 * Everything the feed checker prints passes through here: credentials become
 * "…" (core/text/redact) and terminal controls become visible `\uXXXX`
 * (core/text/terminal-safe), so a hostile feed can neither leak a join link
 * into a shared terminal log nor drive the organiser's terminal.
 */
import { redactSecrets } from '../core/text/redact';
import { escapeTerminalControls } from '../core/text/terminal-safe';

export const printable = (text: string): string => escapeTerminalControls(redactSecrets(text));
