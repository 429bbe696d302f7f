import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import config from '../electron-builder';
import { JALON_FUSES, afterPack, fuseConfigFor, packagedElectronPath, type FuseContext } from './fuses';
import { temporaryFolder } from '../electron/testing/temporary-folder';
import { REQUIRED_FUSES, readFuses, standInElectron } from './testing/fuse-wire';

const packageJson = JSON.parse(await readFile('package.json', 'utf8')) as { version: string; scripts: Record<string, string> };

/** Each platform's targets, as electron-builder reads them. */
function targets(platform: 'win' | 'mac' | 'linux'): string[] {
  const list = config[platform]?.target;
  if (!Array.isArray(list)) throw new Error(`${platform}.target is not a list`);
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

function context(platform: string, appOutDir: string, arch = Arch.x64): FuseContext {
  return { appOutDir, electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'Jalon' }, executableName: 'jalon' } };
}

describe('installers (electron-builder)', () => {
  it('names the app Jalon with a stable app id, and takes the version from package.json', () => {
    expect(config.appId).toBe('be.jalon.desktop');
    expect(config.productName).toBe('Jalon');
    expect(config.buildVersion).toBeUndefined();
    expect(config.extraMetadata?.['version']).toBeUndefined();
    expect(config.artifactName).toContain('${version}');
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('builds NSIS for Windows, per user, one click, never asking for administrator rights', () => {
    expect(targets('win')).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(config.nsis?.deleteAppDataOnUninstall).not.toBe(true);
  });

  it('builds a dmg for macOS, and AppImage and deb for Linux', () => {
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    // deb refuses to build without a maintainer and a homepage.
    expect(config.linux?.maintainer).toBeTruthy();
    expect(config.extraMetadata?.['homepage']).toBeTruthy();
  });

  it('uses one icon from assets/ for every platform: a square PNG of at least 512 px', async () => {
    const icons = new Set([config.win?.icon, config.mac?.icon, config.linux?.icon]);
    expect([...icons]).toEqual(['assets/icon.png']);
    const png = await readFile('assets/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('packs only what electron-vite built (no node_modules: main is bundled), in an asar, and never publishes', () => {
    expect(config.files).toEqual(['out/**/*', '!**/node_modules/**/*']);
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    expect(packageJson.scripts['dist']).toBe('electron-vite build && electron-builder --publish never');
  });

  it('flips the fuses in its own afterPack hook, and leaves electron-builder\'s own fuses unset', () => {
    expect(config.afterPack).toBe(afterPack);
    expect(config.electronFuses).toBeUndefined();
    // The asar's hash is embedded (Info.plist on macOS, a resource on Windows) for the integrity fuse to check.
    expect(config.disableAsarIntegrity).not.toBe(true);
  });
});

describe('fuses (@electron/fuses, in afterPack)', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on asar-only, asar integrity and cookie encryption', () => {
    expect(JALON_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it('finds the packaged Electron of each platform', () => {
    expect(packagedElectronPath(context('linux', '/out/linux-unpacked'))).toBe(path.join('/out/linux-unpacked', 'jalon'));
    expect(packagedElectronPath(context('win32', '/out/win-unpacked'))).toBe(path.join('/out/win-unpacked', 'Jalon.exe'));
    expect(packagedElectronPath(context('darwin', '/out/mac'))).toBe(path.join('/out/mac', 'Jalon.app'));
    expect(() => packagedElectronPath(context('sunos', '/out'))).toThrow(/sunos/);
  });

  it('renews the ad-hoc signature only of an arm64 Mac build', () => {
    expect(fuseConfigFor(context('darwin', '/o', Arch.arm64)).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor(context('darwin', '/o', Arch.x64)).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfigFor(context('linux', '/o', Arch.arm64)).resetAdHocDarwinSignature).toBe(false);
  });

  it('writes the fuses into a Linux and a Windows binary, leaving fuses it does not know alone', async () => {
    for (const [platform, file] of [['linux', 'jalon'], ['win32', 'Jalon.exe']] as const) {
      const dir = temporaryFolder('jalon-fuses-');
      await writeFile(path.join(dir, file), standInElectron());
      await afterPack(context(platform, dir));
      expect(await readFuses(path.join(dir, file))).toEqual({ ...REQUIRED_FUSES, fuse8: 'on' });
    }
  });

  it('writes the fuses into the framework of a Mac .app', async () => {
    const dir = temporaryFolder('jalon-fuses-');
    const framework = path.join(dir, 'Jalon.app', 'Contents', 'Frameworks', 'Electron Framework.framework');
    await mkdir(framework, { recursive: true });
    await writeFile(path.join(framework, 'Electron Framework'), standInElectron());
    await afterPack(context('darwin', dir));
    expect(await readFuses(path.join(dir, 'Jalon.app'))).toEqual({ ...REQUIRED_FUSES, fuse8: 'on' });
  });

  it('fails the build when the packaged Electron has no fuse wire', async () => {
    const dir = temporaryFolder('jalon-fuses-');
    await writeFile(path.join(dir, 'jalon'), Buffer.from('no sentinel here'));
    await expect(afterPack(context('linux', dir))).rejects.toThrow(/sentinel/);
    const flip = vi.fn(async () => 0);
    await expect(afterPack(context('linux', dir), flip)).rejects.toThrow(/No fuse wire/);
  });
});
