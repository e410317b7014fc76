/**
 * A scripted stand-in for Electron's net.request ClientRequest. It replays
 * redirects, responses, network errors or silence, and behaves like Electron
 * where it matters: in 'manual' redirect mode a redirect nobody follows fails
 * the request with "Redirect was cancelled".
 */
import { EventEmitter } from 'node:events';

export type Hop =
  | { redirectTo: string; statusCode?: number }
  | { statusCode: number; statusMessage?: string; headers?: Record<string, string>; chunks?: (string | Uint8Array)[]; endless?: boolean }
  | { networkError: string }
  | { silence: true };

export class FakeIncomingMessage extends EventEmitter {
  constructor(
    readonly statusCode: number,
    readonly statusMessage: string,
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class FakeClientRequest extends EventEmitter {
  readonly headers: Record<string, string> = {};
  readonly visitedUrls: string[] = [];
  aborted = false;
  ended = false;
  chunksSent = 0;
  private followed = false;

  constructor(
    readonly options: Record<string, unknown>,
    private readonly script: Hop[],
  ) {
    super();
    this.visitedUrls.push(String(options['url']));
  }

  setHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  followRedirect(): void {
    this.followed = true;
  }

  abort(): void {
    this.aborted = true;
  }

  end(): void {
    this.ended = true;
    void this.play();
  }

  private async play(): Promise<void> {
    for (const hop of this.script) {
      await nextTurn();
      if (this.aborted) return;
      if ('redirectTo' in hop) {
        this.followed = false;
        this.emit('redirect', hop.statusCode ?? 302, 'GET', hop.redirectTo, {});
        if (this.aborted) return;
        if (!this.followed) return void this.emit('error', new Error('Redirect was cancelled'));
        this.visitedUrls.push(hop.redirectTo);
        continue;
      }
      if ('networkError' in hop) return void this.emit('error', new Error(hop.networkError));
      if ('silence' in hop) return;
      return this.respond(hop);
    }
  }

  private async respond(hop: Extract<Hop, { statusCode: number; headers?: unknown }>): Promise<void> {
    const response = new FakeIncomingMessage(hop.statusCode, hop.statusMessage ?? '', hop.headers ?? {});
    this.emit('response', response);
    const chunks = hop.chunks ?? [];
    for (let index = 0; hop.endless ? index < 100_000 : index < chunks.length; index += 1) {
      await nextTurn();
      if (this.aborted) return;
      const chunk = hop.endless ? 'x'.repeat(1024) : chunks[index]!;
      this.chunksSent += 1;
      response.emit('data', Buffer.from(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    }
    await nextTurn();
    if (!this.aborted) response.emit('end');
  }
}
