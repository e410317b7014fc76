import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
// Extensionless: Vite loads after-pack.mjs, TypeScript reads after-pack.d.ts.
import { afterPack } from '../../scripts/after-pack';
import type { AfterPackContextLike } from '../../scripts/after-pack';

/** A recording stub of @electron/fuses, with the real enum values (the fuse wire's indices). */
const fuses = vi.hoisted(() => ({ flipFuses: vi.fn(async (_path: string, _config: unknown): Promise<number> => 1) }));
vi.mock('@electron/fuses', () => ({
  FuseVersion: { V1: '1' },
  FuseV1Options: {
    RunAsNode: 0,
    EnableCookieEncryption: 1,
    EnableNodeOptionsEnvironmentVariable: 2,
    EnableNodeCliInspectArguments: 3,
    EnableEmbeddedAsarIntegrityValidation: 4,
    OnlyLoadAppFromAsar: 5,
    LoadBrowserProcessSpecificV8Snapshot: 6,
    GrantFileProtocolExtraPrivileges: 7,
  },
  flipFuses: fuses.flipFuses,
}));

const ARCH = { x64: 1, arm64: 3, universal: 4 };
const packager = { appInfo: { productFilename: 'Go Local Companion' }, executableName: 'go-local-companion' };

function context(electronPlatformName: string, arch: number, appOutDir = join('dist', `${electronPlatformName}-unpacked`)): AfterPackContextLike {
  return { appOutDir, electronPlatformName, arch, packager };
}

/** Exactly the six fuses of docs/architecture.md (The security baseline), by wire index; nothing else is touched. */
const expectedWire = { 0: false, 1: true, 2: false, 3: false, 4: true, 5: true };

beforeEach(() => {
  fuses.flipFuses.mockClear();
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

describe('after-pack hook', () => {
  it.each([
    ['linux', ARCH.x64, 'go-local-companion', false],
    ['win32', ARCH.x64, 'Go Local Companion.exe', false],
    ['darwin', ARCH.x64, 'Go Local Companion.app', false],
    ['darwin', ARCH.arm64, 'Go Local Companion.app', true],
    ['darwin', ARCH.universal, 'Go Local Companion.app', true],
    ['mas', ARCH.universal, 'Go Local Companion.app', false],
  ])('on %s (arch %i) flips the fuses of %s', async (platform, arch, file, resetAdHoc) => {
    const packed = context(platform, arch);
    await afterPack(packed);
    expect(fuses.flipFuses).toHaveBeenCalledOnce();
    const [path, config] = fuses.flipFuses.mock.calls[0]!;
    expect(path).toBe(join(packed.appOutDir, file));
    expect(config).toStrictEqual({ version: '1', resetAdHocDarwinSignature: resetAdHoc, ...expectedWire });
  });

  it('leaves the per-arch halves of a universal macOS build alone and flips the merged app', async () => {
    await afterPack(context('darwin', ARCH.x64, join('dist', 'mac-universal-x64-temp')));
    await afterPack(context('darwin', ARCH.arm64, join('dist', 'mac-universal-arm64-temp')));
    expect(fuses.flipFuses).not.toHaveBeenCalled();
    await afterPack(context('darwin', ARCH.universal, join('dist', 'mac-universal')));
    expect(fuses.flipFuses).toHaveBeenCalledWith(join('dist', 'mac-universal', 'Go Local Companion.app'), expect.objectContaining(expectedWire));
  });

  it('fails the build on a platform it does not know, rather than shipping without fuses', async () => {
    await expect(afterPack(context('freebsd', ARCH.x64))).rejects.toThrow(/no fuses for platform/);
  });

  it('fails the build when the fuses cannot be flipped', async () => {
    fuses.flipFuses.mockRejectedValueOnce(new Error('Could not find sentinel'));
    await expect(afterPack(context('linux', ARCH.x64))).rejects.toThrow('Could not find sentinel');
  });
});
