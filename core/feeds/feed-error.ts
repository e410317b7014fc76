import { redactSecrets } from '../text/redact';
import { clipMiddle } from '../text/clip';

/**
 * The one error a parser may raise: the feed is unusable, and `at` says where.
 * Messages often quote the offending feed text, so the constructor redacts
 * credentials (join links, tokens, passwords) once here for every parser,
 * and clips a quote of hostile size (text/clip).
 */
export class FeedError extends Error {
  override name = 'FeedError';
  /** "line 12" for XML and ICS, a JSON path such as "$.schedule.conference" for JSON. */
  readonly at?: string;
  constructor(message: string, at?: string) {
    const where = at === undefined ? undefined : clipMiddle(redactSecrets(at));
    const what = clipMiddle(redactSecrets(message));
    super(where ? `${what} (at ${where})` : what);
    if (where !== undefined) this.at = where;
  }
}
