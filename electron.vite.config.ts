import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspPlugin } from './scripts/vite-csp-plugin';
import { fontPreloadPlugin } from './scripts/vite-font-preload-plugin';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle zod and the rest: the packaged app then carries no node_modules (see electron-builder.ts).
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/main.ts') }, external: ['electron'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may only require('electron'): bundle everything else, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    publicDir: resolve('assets/public'),
    plugins: [react(), cspPlugin(), fontPreloadPlugin(['noto-sans-latin-400-normal', 'noto-sans-latin-700-normal'])],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
      // Fonts stay files (the CSP allows font-src 'self', not data:).
      assetsInlineLimit: 0,
    },
  },
});
