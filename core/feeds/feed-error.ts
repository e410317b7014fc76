import { redactSecrets } from '../text/redact';

/**
 * The one error a parser may raise: the feed is unusable, and `at` says where.
 * Messages often quote the offending feed text, so the constructor redacts
 * credentials (join links, tokens, passwords) once here for every parser.
 */
export class FeedError extends Error {
  override name = 'FeedError';
  /** "line 12" for XML and ICS, a JSON path such as "$.schedule.conference" for JSON. */
  readonly at?: string;
  constructor(message: string, at?: string) {
    const where = at === undefined ? undefined : redactSecrets(at);
    super(redactSecrets(where ? `${message} (at ${where})` : message));
    if (where !== undefined) this.at = where;
  }
}
