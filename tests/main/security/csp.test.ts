/**
 * Our pages' Content Security Policy, wherever it is stated (the renderer's meta
 * tag, the built pages, the app:// response header, the room chrome pages),
 * never lets inline or eval'd script run; and our own windows only ever load
 * app:// or a local dev server, never remote content.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/content-security-policy';
import { createRendererFileHandler } from '../../../main/protocol/renderer-files';
import { APP_ENTRY_URL, devRendererUrl } from '../../../main/security/app-origin';
import { FakeBrowserWindow, app, shareOneFakeElectron } from '../fake-electron';


const root = join(import.meta.dirname, '..', '..', '..');

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function metaPolicy(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error('no CSP meta tag');
  return match[1]!;
}

/** The sources scripts may come from: script-src, else default-src. */
function expectStrictScripts(text: string, where: string): void {
  const policy = parsePolicy(text);
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  expect(scripts, `${where}: script-src or default-src`).toBeDefined();
  for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
    expect(scripts, `${where}: script-src must not allow ${forbidden}`).not.toContain(forbidden);
  }
  for (const directive of ['script-src-elem', 'script-src-attr']) {
    expect(policy.get(directive) ?? [], `${where}: ${directive}`).not.toContain("'unsafe-inline'");
  }
  expect(policy.get('object-src') ?? policy.get('default-src'), `${where}: plugins`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${where}: base-uri`).toEqual(["'none'"]);
}

const htmlFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)) : [];

describe('Content Security Policy', () => {
  it("main's app:// header allows no inline or eval'd script, no plugins, no framing", () => {
    expectStrictScripts(CONTENT_SECURITY_POLICY, 'app:// header');
    expect(parsePolicy(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsePolicy(CONTENT_SECURITY_POLICY).get('default-src')).toEqual(["'none'"]);
  });

  it('every page the app:// handler serves carries that header', async () => {
    const response = await createRendererFileHandler(join(root, 'renderer'))(new Request('app://companion/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const missing = await createRendererFileHandler(join(root, 'renderer'))(new Request('app://companion/nope.html'));
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    ['renderer/index.html (source, both editions)', join(root, 'renderer', 'index.html')],
    ...['toolbar.html', 'picker.html'].map((page) => [`renderer/room-pages/${page}`, join(root, 'renderer', 'room-pages', page)] as [string, string]),
  ])("%s: the meta CSP allows no inline or eval'd script", (where, file) => {
    expectStrictScripts(metaPolicy(readFileSync(file, 'utf8')), where);
  });

  it('built pages (out/renderer, out/web) keep the strict meta CSP and carry no inline script', () => {
    const built = [...htmlFiles(join(root, 'out', 'renderer')), ...htmlFiles(join(root, 'out', 'web'))];
    for (const file of built) {
      const html = readFileSync(file, 'utf8');
      expectStrictScripts(metaPolicy(html), file);
      // Every <script> must load from a file: an inline one would be blocked anyway, and would mean a build change.
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(tag, file).toMatch(/\ssrc="/);
        expect(tag.replace(/<script\b[^>]*>/i, '').replace(/<\/script>/i, '').trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});

describe('our own windows load only our own pages', () => {
  it.each([
    ['a remote page', 'https://evil.example.net/', false],
    ['plain http on another host', 'http://192.168.1.20:5173/', false],
    ['a file: URL', 'file:///tmp/index.html', false],
    ['a javascript: URL', 'javascript:alert(1)', false],
    ['the local dev server in a packaged app', 'http://localhost:5173/', true],
  ] as const)('ignores ELECTRON_RENDERER_URL set to %s', (_label, url, packaged) => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: url }, packaged)).toBeNull();
  });

  it('accepts only a local dev server, and only unpackaged', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173/');
  });

  describe('the started app, with ELECTRON_RENDERER_URL pointing at a remote page', () => {
    let userData: string;
    // The app starts once, below; every test of this block checks that same app.
    shareOneFakeElectron();
    beforeAll(async () => {
      userData = mkdtempSync(join(tmpdir(), 'glc-csp-'));
      app.paths['userData'] = userData;
      vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example.net/');
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await import('../../../main/index');
      app.becomeReady();
      await new Promise((resolve) => setImmediate(resolve));
    });
    afterAll(() => {
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
      rmSync(userData, { recursive: true, force: true });
    });

    it('opens the main window on app://companion/ and nothing remote', () => {
      expect(FakeBrowserWindow.created.length).toBeGreaterThan(0);
      for (const window of FakeBrowserWindow.created) {
        expect(window.loadedUrl).toBe(APP_ENTRY_URL);
        for (const url of window.webContents.loadedUrls) expect(url.startsWith('app://companion/')).toBe(true);
      }
    });
  });
});
