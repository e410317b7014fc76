/**
 * The installer configuration and the committed icons, checked without packaging:
 * electron-builder.yml names files that exist and keeps the promises the README makes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, pngSize } from '../../scripts/icon-formats';

const root = resolve(import.meta.dirname, '../..');
// js-yaml is what electron-builder itself reads the file with.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };

type Target = string | { target: string; arch?: string | string[] };
interface BuilderConfig {
  appId: string;
  productName: string;
  afterPack: string;
  protocols: { schemes: string[] }[];
  publish: { provider: string; owner: string; repo: string };
  mac: { icon: string; hardenedRuntime: boolean; notarize: boolean; target: Target[] };
  win: { icon: string; target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  linux: { icon: string; category: string; desktop: { entry: Record<string, string> }; target: Target[] };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const targetNames = (targets: Target[]) => targets.map((target) => (typeof target === 'string' ? target : target.target));
const read = (path: string) => readFileSync(join(root, path));

describe('electron-builder.yml', () => {
  it('names the app, its deep-link scheme and the fuse hook', () => {
    expect(config.appId).toBe('org.golocal.companion');
    expect(config.productName).toBe('Go Local Companion');
    expect(config.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['go-local-companion']);
    expect(existsSync(join(root, config.afterPack))).toBe(true);
  });

  it('builds a per-user NSIS installer and a portable exe on Windows', () => {
    expect(targetNames(config.win.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
  });

  it('builds a universal, hardened dmg (and the zip the updater needs) on macOS', () => {
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: 'universal' },
      { target: 'zip', arch: 'universal' },
    ]);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
  });

  it('builds an AppImage and a deb with a desktop entry on Linux', () => {
    expect(targetNames(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry['Categories']).toBe('Office;Education;');
    expect(config.linux.category).toBe('Office');
  });

  it('publishes to GitHub releases for the updater', () => {
    expect(config.publish.provider).toBe('github');
  });
});

describe('the committed icons', () => {
  it('exist for every platform the config names', () => {
    for (const path of [config.mac.icon, config.win.icon, config.linux.icon, 'assets/icons/icon.svg', 'assets/icons/icon.png']) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
  });

  it('have a PNG per size, 16 to 1024, each of its stated size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(read(`assets/icons/png/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(pngSize(read('assets/icons/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('have an .ico with 16 to 256 px entries', () => {
    const ico = read(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => ico.readUInt8(6 + 16 * index) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (let index = 0; index < count; index++) {
      const length = ico.readUInt32LE(6 + 16 * index + 8);
      const offset = ico.readUInt32LE(6 + 16 * index + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const entry = ico.subarray(offset, offset + length);
      // Small sizes as 32-bit bitmaps, larger ones as PNG.
      if (sizes[index]! <= 48) expect(entry.readUInt32LE(0)).toBe(40);
      else expect(pngSize(entry)).toEqual({ width: sizes[index], height: sizes[index] });
    }
  });

  it('have an .icns with every 1x and 2x size up to 1024', () => {
    const icns = read(config.mac.icon);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: { type: string; size: number }[] = [];
    for (let at = 8; at < icns.length; ) {
      const length = icns.readUInt32BE(at + 4);
      found.push({ type: icns.subarray(at, at + 4).toString('latin1'), size: pngSize(icns.subarray(at + 8, at + length)).width });
      at += length;
    }
    expect(found).toEqual(ICNS_TYPES);
  });
});
