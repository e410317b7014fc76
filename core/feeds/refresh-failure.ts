import { FeedError } from './feed-error';
import { FeedTransportError } from '../ports';
import { redactSecrets } from '../text/redact';

/** Words for the attendee: what went wrong, and that their programme is still there. Never a credential. */
export function describeRefreshFailure(error: unknown): string {
  return redactSecrets(refreshFailureText(error));
}

function refreshFailureText(error: unknown): string {
  const keep = 'The programme you had is still shown.';
  if (error instanceof FeedError) return `The feed could not be read: ${error.message}. ${keep}`;
  if (error instanceof FeedTransportError) return `The feed is unreachable: ${error.message}. ${keep}`;
  return `The feed could not be refreshed: ${error instanceof Error ? error.message : String(error)}. ${keep}`;
}
