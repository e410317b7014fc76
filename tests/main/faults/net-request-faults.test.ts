/**
 * Faults of Electron's net.request transport not covered by
 * tests/main/adapters/feed-transport.test.ts: a body that breaks off, trickles
 * past the timeout, or decodes far beyond its declared (compressed) length,
 * and a redirect loop. Chromium hands 'data' already decoded, so a gzip bomb
 * arrives as an endless decoded stream with a small Content-Length.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientRequest } from 'electron';
import { FeedTransportError } from '../../../core/ports';
import type { FeedRequest } from '../../../core/ports';
import { createFeedTransport } from '../../../main/adapters/feed-transport';


type Step = { data: string | Buffer } | { event: 'end' | 'aborted' } | { error: string } | { wait: number };

class ScriptedResponse extends EventEmitter {
  constructor(
    readonly statusCode: number,
    readonly headers: Record<string, string>,
    readonly statusMessage = '',
  ) {
    super();
  }
}

/** A ClientRequest that answers once, then plays its body script (or an endless body). */
class ScriptedRequest extends EventEmitter {
  aborted = false;
  bytesSent = 0;
  readonly redirectsSeen: string[] = [];
  constructor(
    private readonly answer: { status: number; headers?: Record<string, string>; body?: Step[]; endless?: Buffer; redirectLoop?: boolean },
  ) {
    super();
  }
  setHeader(): void {}
  followRedirect(): void {}
  abort(): void {
    this.aborted = true;
  }
  end(): void {
    void this.play();
  }
  private async play(): Promise<void> {
    const turn = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    await turn();
    if (this.answer.redirectLoop) {
      for (let hop = 0; hop < 50 && !this.aborted; hop++) {
        const target = hop % 2 === 0 ? 'https://a.example.org/feed' : 'https://b.example.org/feed';
        this.redirectsSeen.push(target);
        this.emit('redirect', 302, 'GET', target, {});
        await turn();
      }
      return;
    }
    const response = new ScriptedResponse(this.answer.status, this.answer.headers ?? {});
    this.emit('response', response);
    if (this.answer.endless) {
      while (!this.aborted) {
        await turn();
        this.bytesSent += this.answer.endless.length;
        response.emit('data', this.answer.endless);
      }
      return;
    }
    for (const step of this.answer.body ?? []) {
      if (this.aborted) return;
      if ('wait' in step) await turn(step.wait);
      else if ('data' in step) response.emit('data', Buffer.from(step.data));
      else if ('error' in step) response.emit('error', new Error(step.error));
      else response.emit(step.event);
    }
  }
}

function transportAnswering(answer: ConstructorParameters<typeof ScriptedRequest>[0]) {
  const made: ScriptedRequest[] = [];
  const transport = createFeedTransport(() => {
    const request = new ScriptedRequest(answer);
    made.push(request);
    return request as unknown as ClientRequest;
  });
  return { transport, made };
}

const request = (overrides: Partial<FeedRequest> = {}): FeedRequest => ({
  url: 'https://programme.example.org/feed.json',
  timeoutMs: 2_000,
  maxBytes: 1024 * 1024,
  ...overrides,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('net.request transport faults', () => {
  it('reports a body that breaks off mid-way (aborted) instead of returning half a feed', async () => {
    const { transport } = transportAnswering({ status: 200, headers: { 'content-length': '5000' }, body: [{ data: '{"format":' }, { event: 'aborted' }] });
    await expect(transport.fetch(request())).rejects.toThrow(new FeedTransportError('the download broke off'));
  });

  it('reports a connection reset while reading the body', async () => {
    const { transport } = transportAnswering({ status: 200, body: [{ data: '{"a":' }, { error: 'net::ERR_CONNECTION_RESET' }] });
    await expect(transport.fetch(request())).rejects.toThrow(/the download broke off: net::ERR_CONNECTION_RESET/);
  });

  it('times out a body that keeps trickling in, and aborts the request', async () => {
    const drip: Step[] = Array.from({ length: 100 }, () => [{ data: ' ' }, { wait: 50 }] as Step[]).flat();
    const { transport, made } = transportAnswering({ status: 200, body: drip });
    const started = Date.now();
    await expect(transport.fetch(request({ timeoutMs: 400 }))).rejects.toThrow(/no answer within/);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(made[0]!.aborted).toBe(true);
  });

  it('cuts off a decoded stream that grows far past its small declared (compressed) length', async () => {
    const { transport, made } = transportAnswering({
      status: 200,
      headers: { 'content-length': '20480', 'content-encoding': 'gzip' },
      endless: Buffer.alloc(64 * 1024, 0x20),
    });
    await expect(transport.fetch(request({ maxBytes: 1024 * 1024, timeoutMs: 10_000 }))).rejects.toThrow(/larger than 1 MB/);
    expect(made[0]!.aborted).toBe(true);
    expect(made[0]!.bytesSent).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
  });

  it('stops a redirect loop after five hops', async () => {
    const { transport, made } = transportAnswering({ status: 0, redirectLoop: true });
    await expect(transport.fetch(request())).rejects.toThrow(/more than 5 redirects/);
    expect(made[0]!.aborted).toBe(true);
    expect(made[0]!.redirectsSeen.length).toBeLessThanOrEqual(7);
  });

  it.each([
    [500, 'Internal Server Error'],
    [502, 'Bad Gateway'],
    [429, 'Too Many Requests'],
  ])('turns %i into a FeedTransportError naming the status', async (status, text) => {
    const made: ScriptedRequest[] = [];
    const transport = createFeedTransport(() => {
      const r = new ScriptedRequest({ status });
      made.push(r);
      // The status message comes from the server; emulate net's IncomingMessage.statusMessage.
      r.on('response', (response: ScriptedResponse) => Object.defineProperty(response, 'statusMessage', { value: text }));
      return r as unknown as ClientRequest;
    });
    await expect(transport.fetch(request())).rejects.toThrow(`${status} ${text}`);
  });

  it('returns an empty body as an empty feed (the parser then refuses it), with an unknown charset label falling back to UTF-8', async () => {
    const { transport } = transportAnswering({ status: 200, headers: { 'content-type': 'text/html; charset=x-klingon' }, body: [{ event: 'end' }] });
    await expect(transport.fetch(request())).resolves.toMatchObject({ status: 'ok', body: '', contentType: 'text/html; charset=x-klingon' });
  });
});
