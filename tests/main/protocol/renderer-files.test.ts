import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import { registerAppSchemeAsPrivileged } from '../../../main/protocol/app-scheme';
import { createRendererFileHandler } from '../../../main/protocol/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/content-security-policy';
import { protocol } from '../fake-electron';


let base: string;
let rendererDir: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'glc-protocol-'));
  rendererDir = join(base, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Go Local Companion</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(rendererDir, 'favicon.svg'), '<svg/>');
  // Secrets next to the renderer that a traversal would try to reach.
  writeFileSync(join(base, 'out', 'secret.txt'), 'do not serve');
  writeFileSync(join(base, 'settings.json'), '{"feedUrl":"private"}');
  handler = createRendererFileHandler(rendererDir);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string): Promise<Response> => handler(new Request(url));

describe('app:// protocol handler', () => {
  it('serves index.html for the origin root with the strict CSP', async () => {
    const response = await get('app://companion/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Go Local Companion');
  });

  it.each([
    ['assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['index.html?cache=1#top', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://companion/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each([
    'app://companion/../secret.txt',
    'app://companion/assets/../../secret.txt',
    'app://companion/%2e%2e/secret.txt',
    'app://companion/..%2fsecret.txt',
    'app://companion/assets/..%2f..%2f..%2fsettings.json',
    'app://companion/%2e%2e%2f%2e%2e%2fsettings.json',
    'app://companion/..%5c..%5csettings.json',
    'app://companion/index.html%00.png',
    'app://companion/%E0%A4%A',
  ])('refuses path traversal and malformed paths: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('do not serve');
    expect(body).not.toContain('private');
  });

  it('refuses requests for another host and missing files', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://companion/missing.js')).status).toBe(404);
    expect((await get('app://companion/assets')).status).toBe(404);
  });

  it('registers app: as standard, secure and fetchable, without bypassing CSP or opening CORS', () => {
    registerAppSchemeAsPrivileged(protocol as unknown as Protocol);
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});
