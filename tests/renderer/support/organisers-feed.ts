/** The organisers' feed in renderer tests: the bundled programme served from an https address by the scripted transport. */
import type { CompanionService } from '../../../core/service';
import type { RendererPorts } from '../render-app';
import { bundledFeed } from '../render-app';

export const FEED_URL = 'https://programme.example.org/golocal/schedule.json';

/** Switches the service to the organisers' feed, answered with the bundled programme. */
export async function useOrganisersFeed(service: CompanionService, ports: RendererPorts, url = FEED_URL): Promise<void> {
  ports.transport.reply({ status: 'ok', body: bundledFeed, etag: '"v1"' });
  const status = await service.setFeedUrl(url);
  if (status.error) throw new Error(`the test feed did not load: ${status.error}`);
}
