import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, fileWithin, staticFileHandler } from '../../scripts/static-files';

describe('static files for the web edition server', () => {
  const root = '/srv/out/web';

  it('maps URL paths into the folder, index.html for folders', () => {
    expect(fileWithin(root, '/')).toBe(join(root, 'index.html'));
    expect(fileWithin(root, '/assets/index.js')).toBe(join(root, 'assets/index.js'));
    expect(fileWithin(root, '/peer/')).toBe(join(root, 'peer/index.html'));
  });

  it('never leaves the folder', () => {
    expect(fileWithin(root, '/../secret')).toBeNull();
    expect(fileWithin(root, '/assets/../../web-other/x')).toBeNull();
    expect(fileWithin(root, '/..')).toBeNull();
  });

  it('knows the types the build emits', () => {
    expect(CONTENT_TYPES['.js']).toBe('text/javascript; charset=utf-8');
    expect(CONTENT_TYPES['.exe']).toBeUndefined();
  });
});

describe('the web edition server survives malformed requests', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-root-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
    server = createServer(staticFileHandler(root));
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /** A raw request line, so no client library repairs the path first. */
  function statusOf(path: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
      socket.on('error', reject);
    });
  }

  it.each(['/%E0%A4%A', '/%', '/%00', '/assets/%ZZ.js', '/%C0%AF'])('answers 400 to %s and keeps serving', async (path) => {
    expect(await statusOf(path)).toBe(400);
    expect(await statusOf('/')).toBe(200);
  });

  it('still answers 404 for a missing file and 403 outside the folder', async () => {
    expect(await statusOf('/missing.js')).toBe(404);
    expect(await statusOf('/..%2f..%2fetc/passwd')).toBe(403);
  });
});
