/** The one error a parser may raise: the feed is unusable, and `at` says where. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    /** "line 12" for XML and ICS, a JSON path such as "$.schedule.conference" for JSON. */
    readonly at?: string,
  ) {
    super(at ? `${message} (at ${at})` : message);
  }
}
