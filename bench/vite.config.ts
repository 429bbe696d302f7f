import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The benchmark's harness page: the app's own data code, driven by bench/run.mjs. Never shipped. */
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: '/bench/',
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify('bench') },
  build: {
    outDir: resolve(import.meta.dirname, '../out/bench'),
    emptyOutDir: true,
    minify: true,
    rollupOptions: { input: { harness: resolve(import.meta.dirname, 'harness.html') } },
  },
  logLevel: 'warn',
});
