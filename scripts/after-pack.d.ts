/** Types for after-pack.mjs (electron-builder loads the JavaScript; tests import `scripts/after-pack` and get these). */
export interface AfterPackContextLike {
  appOutDir: string;
  /** 'darwin' | 'mas' | 'win32' | 'linux' */
  electronPlatformName: string;
  /** builder-util's Arch: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export declare const FUSES: Readonly<{
  RunAsNode: false;
  EnableNodeOptionsEnvironmentVariable: false;
  EnableNodeCliInspectArguments: false;
  EnableCookieEncryption: true;
  EnableEmbeddedAsarIntegrityValidation: true;
  OnlyLoadAppFromAsar: true;
}>;
export declare function electronBinaryPath(context: AfterPackContextLike): string;
export declare function isUniversalSlice(context: AfterPackContextLike): boolean;
export declare function fuseConfig(context: AfterPackContextLike): Record<string, unknown>;
export declare function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
