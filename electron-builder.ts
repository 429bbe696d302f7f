import type { Configuration } from 'electron-builder';
import { afterPack } from './packaging/fuses';

/**
 * Installers (`npm run dist`, after `electron-vite build`). Each OS builds its
 * own: Windows → NSIS, macOS → dmg, Linux → AppImage and deb. The version is
 * package.json's; the icon is assets/icon.png (1024 × 1024, made from
 * assets/public/icon.svg by `npm run icons`), from which electron-builder makes
 * the .icns, the .ico and the Linux sizes.
 */
const ICON = 'assets/icon.png';

const config: Configuration = {
  appId: 'be.jalon.desktop',
  productName: 'Jalon',
  copyright: 'Jalon',
  directories: { output: 'release', buildResources: 'assets' },
  // What electron-vite built (main and preload bundle what they use; the renderer is bundled by Vite), and
  // package.json: no node_modules, since React, Dexie and the rest are already inside the bundles.
  files: ['out/**/*', '!**/node_modules/**/*'],
  npmRebuild: false,
  asar: true,
  // Fuses are flipped by our hook (packaging/fuses.ts), not by electron-builder's `electronFuses`.
  afterPack,
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  publish: null,
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: ICON,
  },
  // One click, for the current user only, in the user's own folder: no administrator rights asked.
  nsis: {
    oneClick: true,
    perMachine: false,
    allowElevation: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Jalon',
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: ICON,
    category: 'public.app-category.productivity',
  },
  dmg: { title: 'Jalon ${version}' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: ICON,
    category: 'Office',
    executableName: 'jalon',
    synopsis: 'Évaluation des gestionnaires de dossiers (famille DO)',
    // deb wants a maintainer and a homepage; Jalon has no public site, hence the reserved .invalid domain.
    maintainer: 'Jalon <jalon@jalon.invalid>',
  },
  extraMetadata: { homepage: 'https://jalon.invalid/' },
};

export default config;
