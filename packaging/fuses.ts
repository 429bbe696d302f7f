import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, type FuseConfig } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';

/**
 * Electron's fuses as Jalon ships them: bits in the packaged binary, flipped
 * before signing, that no environment variable or command-line switch can
 * turn back on. Jalon needs none of what is switched off.
 */
export const JALON_FUSES = {
  version: FuseVersion.V1,
  /** ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node. */
  [FuseV1Options.RunAsNode]: false,
  /** Cookies encrypted at rest with the OS keychain. */
  [FuseV1Options.EnableCookieEncryption]: true,
  /** NODE_OPTIONS could inject code into the main process. */
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  /** --inspect and friends would open a debugger on the main process. */
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  /** The app.asar is checked against the hash electron-builder embeds (Electron checks it on macOS and Windows). */
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  /** Only the app.asar is loaded, never a loose `app` folder put beside it. */
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  /** Jalon serves itself from app://, never file://: file:// keeps only a web page's privileges. */
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseConfig;

/** What the hook reads of electron-builder's context (an `AfterPackContext` fits). */
export type FuseContext = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'> & {
  packager: { appInfo: { productFilename: string }; executableName?: string };
};

/** The packaged Electron that carries the fuses: the .app bundle, the .exe, or the Linux executable. */
export function packagedElectronPath(context: FuseContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('Linux packager without an executable name.');
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`No fuses for platform ${electronPlatformName}.`);
  }
}

/** The fuse configuration for one packaged build: an arm64 Mac build gets its ad-hoc signature renewed. */
export function fuseConfigFor(context: FuseContext): FuseConfig {
  const mac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  return { ...JALON_FUSES, resetAdHocDarwinSignature: mac && context.arch === Arch.arm64 };
}

/**
 * electron-builder's `afterPack` hook: runs on every packaged app, before
 * signing and before the installers are made, and flips the fuses.
 */
export async function afterPack(context: FuseContext, flip: typeof flipFuses = flipFuses): Promise<void> {
  const flipped = await flip(packagedElectronPath(context), fuseConfigFor(context));
  if (flipped < 1) throw new Error('No fuse wire found in the packaged Electron.');
}
