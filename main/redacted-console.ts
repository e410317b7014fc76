/**
 * The main process's log goes through core's one redaction rule: whatever a
 * module logs (an error that quotes a feed URL, a room link, a join link), the
 * values of credentials never reach the terminal or a log file. Installed
 * once, first thing in main/index.ts, so no module has to remember it.
 */
import { inspect } from 'node:util';
import { redactSecrets } from '../core/text/redact';

type LogMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
type LogTarget = Record<LogMethod, (...args: unknown[]) => void>;

const METHODS: readonly LogMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/** Strings are redacted as they are; anything else is rendered first (an Error with its stack) and then redacted. */
const redactArgument = (argument: unknown): string => redactSecrets(typeof argument === 'string' ? argument : inspect(argument, { depth: 4 }));

export function redactConsole(target: LogTarget): void {
  for (const method of METHODS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(...args.map(redactArgument));
  }
}
