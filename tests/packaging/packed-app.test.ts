/**
 * Packs the app for real with electron-builder (`--linux dir`, our electron-builder.yml and
 * after-pack hook) and checks what went in. There is no Electron binary here, so the Electron
 * distribution is a placeholder folder whose "electron" file carries the fuse wire sentinel:
 * enough for electron-builder to copy and rename, and for the hook to flip real fuse bytes.
 * out/ is built first when missing, because `npm test` runs unit tests before any build.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractFile(archive: string, filename: string): Buffer;
};
const run = promisify(execFile);

const root = resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse wire v1 of 8 fuses, all as Electron ships them before flipping ('1' on, '0' off). */
const SHIPPED_WIRE = '11110000';
const MAX_ASAR_BYTES = 40 * 1024 * 1024;

let work: string;
let appOutDir: string;
let archive: string;
let files: string[];

async function buildRendererIfMissing(): Promise<void> {
  if (existsSync(join(root, 'out/main/index.js')) && existsSync(join(root, 'out/preload/index.cjs')) && existsSync(join(root, 'out/renderer/index.html'))) return;
  await run(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
}

function fakeElectronDist(dir: string): void {
  const wire = Buffer.concat([Buffer.from([1, SHIPPED_WIRE.length]), Buffer.from(SHIPPED_WIRE, 'latin1')]);
  const binary = join(dir, 'electron');
  writeFileSync(binary, Buffer.concat([Buffer.from('#!/bin/sh\n# placeholder for the Electron binary\n'), Buffer.from(SENTINEL, 'latin1'), wire, Buffer.from('\n')]));
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'placeholder');
  writeFileSync(join(dir, 'version'), '45.5.0');
}

function packageJson(path: string): { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; devDependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof packageJson>;
}

/** The packages the app's production dependencies pull in, as installed in node_modules. */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const queue = Object.keys(packageJson(join(root, 'package.json')).dependencies ?? {});
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { dependencies = {}, optionalDependencies = {} } = packageJson(manifest);
    queue.push(...Object.keys(dependencies), ...Object.keys(optionalDependencies));
  }
  return seen;
}

/** Packages bundled into the asar's node_modules, by name (scoped names kept whole). */
function packedPackages(): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(file);
    if (match) names.add(match[1]!);
  }
  return names;
}

beforeAll(async () => {
  await buildRendererIfMissing();
  work = mkdtempSync(join(tmpdir(), 'glc-pack-'));
  const electronDist = join(work, 'electron-dist');
  const output = join(work, 'dist');
  (await import('node:fs')).mkdirSync(electronDist);
  fakeElectronDist(electronDist);
  await run(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
      // Nothing native to rebuild, and no Electron headers to fetch here.
      '-c.npmRebuild=false',
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: 'true' } },
  );
  appOutDir = join(output, 'linux-unpacked');
  archive = join(appOutDir, 'resources', 'app.asar');
  files = asar.listPackage(archive, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
}, 420_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed app', () => {
  it('holds the built app and package.json at its root, nothing else', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) expect(files).toContain(file);
    const roots = new Set(files.map((file) => file.split('/')[1]));
    expect([...roots].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(files.filter((file) => file.startsWith('/out/') && !/^\/out\/(main|preload|renderer)(\/|$)/.test(file))).toEqual([]);
  });

  it('leaves out sources, source maps, tests, fixtures, docs and screenshots', () => {
    const unwanted = files.filter(
      (file) =>
        /\.(map|ts|tsx|mts|cts|md)$/i.test(file) ||
        /\/(tests?|__tests__|fixtures?|docs|screenshots|e2e)\//i.test(file) ||
        /^\/(core|main|preload|renderer|scripts|assets|tests)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('bundles production dependencies only, and every module main loads at run time', () => {
    const packed = packedPackages();
    const allowed = productionClosure();
    expect([...packed].filter((name) => !allowed.has(name))).toEqual([]);
    const { devDependencies = {} } = packageJson(join(root, 'package.json'));
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'eslint', '@playwright/test']) {
      if (tool in devDependencies) expect(packed.has(tool), tool).toBe(false);
    }
    const main = files
      .filter((file) => /^\/out\/main\/.*\.(js|mjs|cjs)$/.test(file))
      .map((file) => asar.extractFile(archive, file.slice(1)).toString('utf8'))
      .join('\n');
    const specifiers = [
      ...main.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']/gm),
      // Externals in electron-vite's ESM output; require() calls belong to bundled code and may be optional.
      ...main.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ].map((match) => match[1]!);
    const packages = new Set(
      specifiers
        .filter((name) => /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/.test(name))
        .filter((name) => name !== 'electron' && !builtinModules.includes(name.split('/')[0]!))
        .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)),
    );
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages].filter((name) => !packed.has(name))).toEqual([]);
  });

  it('has its fuses flipped by the after-pack hook', () => {
    const binary = readFileSync(join(appOutDir, 'go-local-companion'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + SHIPPED_WIRE.length).toString('latin1');
    // RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only-asar; the last two untouched.
    expect(wire).toBe('01001100');
  });

  it('carries the updater configuration, and stays small', () => {
    expect(readFileSync(join(appOutDir, 'resources', 'app-update.yml'), 'utf8')).toMatch(/provider: github/);
    const size = statSync(archive).size;
    console.log(`[packaging] app.asar: ${(size / 1024 / 1024).toFixed(1)} MiB, ${files.length} entries`);
    expect(size).toBeLessThan(MAX_ASAR_BYTES);
  });
});
