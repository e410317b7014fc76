/** The FeedError a feed text raises; fails the test when it parses, or throws anything else. */
import { FeedError, parseFeed } from '../../../core/feeds';

export function feedFailure(text: string, defaultTimeZone = 'Europe/Vienna'): FeedError {
  try {
    parseFeed(text, { defaultTimeZone });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}
