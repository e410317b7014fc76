/**
 * electron-builder afterPack hook (electron-builder.yml: afterPack): flips
 * Electron's fuses in the packed app, after the files are in place and before
 * electron-builder signs it (flipping changes the binary, so it must come first).
 * Plain ESM JavaScript because electron-builder loads it with Node, unbuilt.
 *
 * Why each fuse (docs/architecture.md, The security baseline):
 * - RunAsNode off: ELECTRON_RUN_AS_NODE would turn our signed binary into a general Node runtime.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS could preload code into main.
 * - EnableNodeCliInspectArguments off: --inspect would let a local process attach a debugger to main.
 * - EnableCookieEncryption on: cookies (BBB room sessions) are encrypted with the OS key store.
 * - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash electron-builder
 *   embeds (macOS and Windows), so it cannot be swapped after signing.
 * - OnlyLoadAppFromAsar on: Electron will not look for an app folder beside or instead of app.asar.
 */
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** builder-util's Arch enum values the hook cares about. */
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

export const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
});

/** The file @electron/fuses patches: the .app bundle (it finds the framework inside), the .exe, or the Linux binary. */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`after-pack: no fuses for platform "${electronPlatformName}"`);
  }
}

/**
 * A universal macOS build packs x64 and arm64 into "<dir>-x64-temp" and
 * "<dir>-arm64-temp", merges them, then calls this hook once more for the
 * merged app. Only the merged app is flipped: re-signing one slice ad hoc
 * would make the two halves differ and the merge fail.
 */
export function isUniversalSlice({ appOutDir, electronPlatformName, arch }) {
  return (electronPlatformName === 'darwin' || electronPlatformName === 'mas') && arch !== ARCH_UNIVERSAL && /-(x64|arm64)-temp$/.test(appOutDir);
}

export function fuseConfig({ electronPlatformName, arch }) {
  return {
    version: FuseVersion.V1,
    // Apple Silicon refuses to run a binary whose ad-hoc signature no longer matches; a real signature comes later anyway.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' && (arch === ARCH_ARM64 || arch === ARCH_UNIVERSAL),
    [FuseV1Options.RunAsNode]: FUSES.RunAsNode,
    [FuseV1Options.EnableCookieEncryption]: FUSES.EnableCookieEncryption,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FUSES.EnableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: FUSES.EnableNodeCliInspectArguments,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FUSES.EnableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.OnlyLoadAppFromAsar]: FUSES.OnlyLoadAppFromAsar,
  };
}

export async function afterPack(context) {
  if (isUniversalSlice(context)) return;
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(context));
  console.log(`  • after-pack: fuses set on ${binary}`);
}

export default afterPack;
