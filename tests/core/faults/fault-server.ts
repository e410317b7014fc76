/**
 * A misbehaving feed server on 127.0.0.1: each path is one fault a real
 * network produces. CORS is open so the web edition can be pointed at it too
 * (tests/e2e/web/faults.spec.ts). The good feed and the fault on `/feed` can be
 * switched while running, which is how "the feed broke after it worked" is tested.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

export type Fault =
  | 'ok'
  | 'silence'
  | 'status-500'
  | 'status-503'
  | 'etag-304'
  | 'truncated'
  | 'reset'
  | 'wrong-type-html'
  | 'wrong-type-png'
  | 'gzip-bomb'
  | 'redirect-loop'
  | 'slow-drip'
  | 'empty'
  | 'no-sessions'
  | 'endless-headers'
  | 'http-09'
  | 'length-longer'
  | 'stall-mid-body'
  | 'bad-redirect'
  | 'redirect-chain'
  | 'redirect-metadata';

export interface FaultServer {
  /** The address of the switchable feed. */
  url: string;
  /** The address of one fault, independent of the switch. */
  urlFor(fault: Fault): string;
  /** What `/feed` does from now on. */
  set(fault: Fault): void;
  /** The feed body served by 'ok' (and the 304 validator's body). */
  setBody(body: string): void;
  /** Bytes of gzip data the bomb wrote before the client hung up. */
  readonly bombBytesSent: number;
  /** The hops of 'redirect-chain' that were requested, in order. */
  readonly chainHops: number[];
  close(): Promise<void>;
}

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Last-Modified', 'Cache-Control': 'no-store' };

export async function startFaultServer(goodBody: string, emptyProgramme: string): Promise<FaultServer> {
  let current: Fault = 'ok';
  let body = goodBody;
  let bombBytesSent = 0;
  const chainHops: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const etag = (): string => `"v${body.length}"`;

  function serve(fault: Fault, request: IncomingMessage, response: ServerResponse): void {
    switch (fault) {
      case 'ok':
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json', ETag: etag() });
        return void response.end(body);
      case 'silence':
        // Headers never come; the socket stays open until the client gives up.
        return;
      case 'status-500':
        response.writeHead(500, 'Internal Server Error', CORS);
        return void response.end('<h1>oops</h1>');
      case 'status-503':
        response.writeHead(503, 'Service Unavailable', { ...CORS, 'Retry-After': '120' });
        return void response.end();
      case 'etag-304':
        if (request.headers['if-none-match'] === etag()) {
          response.writeHead(304, CORS);
          return void response.end();
        }
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json', ETag: etag() });
        return void response.end(body);
      case 'truncated':
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body) + 10_000) });
        response.write(body.slice(0, Math.floor(body.length / 2)));
        // Closing early: fewer bytes than promised.
        return void response.socket?.end();
      case 'reset':
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
        response.write(body.slice(0, Math.floor(body.length / 3)));
        return void setImmediate(() => response.socket?.resetAndDestroy());
      case 'wrong-type-html':
        // A captive portal or a login page in place of the feed.
        response.writeHead(200, { ...CORS, 'Content-Type': 'text/html' });
        return void response.end('<!doctype html><html><head><title>Sign in</title></head><body><form>Wi-Fi login</form></body></html>');
      case 'wrong-type-png':
        // The right bytes under a wrong label: formats are detected from content, so this must still work.
        response.writeHead(200, { ...CORS, 'Content-Type': 'image/png', ETag: etag() });
        return void response.end(body);
      case 'gzip-bomb':
        return gzipBomb(response);
      case 'redirect-loop':
        response.writeHead(302, { ...CORS, Location: request.url?.includes('hop=a') ? '/fault/redirect-loop?hop=b' : '/fault/redirect-loop?hop=a' });
        return void response.end();
      case 'slow-drip':
        return slowDrip(response);
      case 'empty':
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
        return void response.end('');
      case 'no-sessions':
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
        return void response.end(emptyProgramme);
      case 'endless-headers':
        return endlessHeaders(response);
      case 'http-09':
        // No status line, no headers: the body straight away, as HTTP/0.9 (or a non-web service) does.
        return void response.socket?.end(body);
      case 'length-longer':
        // Content-Length promises less than the feed: a client reads exactly that much and stops.
        return void response.socket?.end(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Math.floor(Buffer.byteLength(body) / 2)}\r\nConnection: close\r\n\r\n${body}`);
      case 'stall-mid-body':
        // Half the feed, then nothing at all: the socket stays open.
        response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
        return void response.write(body.slice(0, Math.floor(body.length / 2)));
      case 'bad-redirect':
        response.writeHead(302, { ...CORS, Location: 'http://[::1' });
        return void response.end();
      case 'redirect-chain': {
        // /fault/redirect-chain?hop=N leads to hop N+1, ten hops deep, then the feed.
        const hop = Number(new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('hop') ?? 0);
        chainHops.push(hop);
        if (hop >= 10) return serve('ok', request, response);
        response.writeHead(302, { ...CORS, Location: `/fault/redirect-chain?hop=${hop + 1}` });
        return void response.end();
      }
      case 'redirect-metadata':
        response.writeHead(302, { ...CORS, Location: 'https://169.254.169.254/latest/meta-data/iam/security-credentials/' });
        return void response.end();
    }
  }

  /** A status line and then header lines without end (2,000 of 1 kB, the client must give up long before). */
  function endlessHeaders(response: ServerResponse): void {
    const socket = response.socket;
    if (!socket) return;
    socket.write('HTTP/1.1 200 OK\r\n');
    let sent = 0;
    const more = (): void => {
      while (sent < 2_000 && !socket.destroyed) {
        sent += 1;
        if (!socket.write(`X-Padding-${sent}: ${'a'.repeat(1_000)}\r\n`)) return void socket.once('drain', more);
      }
      socket.end();
    };
    more();
  }

  /** An endless stream of compressed zeros: about 1000:1, so it passes any cap long before it ends. */
  function gzipBomb(response: ServerResponse): void {
    response.writeHead(200, { ...CORS, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    const gzip = createGzip({ level: 9 });
    gzip.on('data', (chunk: Buffer) => {
      bombBytesSent += chunk.length;
    });
    gzip.pipe(response);
    const zeros = Buffer.alloc(1024 * 1024, 0x20);
    let stopped = false;
    response.on('close', () => {
      stopped = true;
      gzip.destroy();
    });
    const pump = (): void => {
      // 10 GB of spaces at most; the client must hang up long before.
      for (let written = 0; !stopped && written < 10_000; written++) {
        if (!gzip.write(zeros)) return void gzip.once('drain', pump);
      }
      if (!stopped) gzip.end();
    };
    pump();
  }

  /** A valid start, then one byte every 100 ms: never silent, never done. */
  function slowDrip(response: ServerResponse): void {
    response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
    response.write('{"format":"go-local-companion/1",');
    const timer = setInterval(() => response.write(' '), 100);
    timers.add(timer);
    response.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  }

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...CORS, 'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since' });
      return void response.end();
    }
    if (path === '/feed') return serve(current, request, response);
    const fault = /^\/fault\/([a-z0-9-]+)$/.exec(path)?.[1] as Fault | undefined;
    if (fault) return serve(fault, request, response);
    response.writeHead(404, CORS);
    response.end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/feed`,
    urlFor: (fault) => `${base}/fault/${fault}`,
    set: (fault) => {
      current = fault;
    },
    setBody: (next) => {
      body = next;
    },
    get bombBytesSent() {
      return bombBytesSent;
    },
    chainHops,
    close: () =>
      new Promise<void>((done) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
