import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage, extractFile } from '@electron/asar';
import { expect, test } from '@playwright/test';
import { ELECTRON_DEFAULT_WIRE, REQUIRED_FUSES, readFuses, standInElectron } from '../packaging/testing/fuse-wire';

/**
 * `npm run dist` for real, minus Electron itself: Electron's binaries cannot be
 * downloaded here, so electron-builder is given a stand-in "unpacked Electron"
 * (a file carrying Electron's fuse wire) through `electronDist`. Everything
 * else is the real pipeline: our config, the app files, the asar, the
 * afterPack hook flipping the fuses. Needs `npm run build` first (as `npm run check` does).
 */
const run = promisify(execFile);

test('electron-builder packs the built app into an asar, without node_modules, and flips the fuses', // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
async ({}, testInfo) => {
  test.setTimeout(180_000);
  const electronDist = testInfo.outputPath('electron-dist');
  const output = testInfo.outputPath('release');
  await mkdir(electronDist, { recursive: true });
  await writeFile(path.join(electronDist, 'electron'), standInElectron(ELECTRON_DEFAULT_WIRE), { mode: 0o755 });
  const { version } = JSON.parse(await readFile('node_modules/electron/package.json', 'utf8')) as { version: string };
  await writeFile(path.join(electronDist, 'version'), `v${version}`);

  await run(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { env: { ...process.env, CI: '1' }, maxBuffer: 10 * 1024 * 1024 },
  );

  const unpacked = path.join(output, 'linux-unpacked');
  expect(await readFuses(path.join(unpacked, 'jalon'))).toEqual({ ...REQUIRED_FUSES, fuse8: 'on' });

  const asar = path.join(unpacked, 'resources', 'app.asar');
  const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  expect(files).toEqual(expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']));
  expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);

  const packaged = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { version: string; main: string };
  const root = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  expect(packaged.version).toBe(root.version);
  expect(packaged.main).toBe('out/main/index.js');
  // With no node_modules in the package, the main process may import only Electron and Node's own modules.
  const main = extractFile(asar, 'out/main/index.js').toString('utf8');
  const imports = [
    ...main.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']/gm),
    ...main.matchAll(/^import\s*["']([^"']+)["']/gm),
    ...main.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]!);
  expect(imports).toContain('electron');
  expect(imports.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([]);
});
