// Renders the app icon (assets/public/icon.svg, the one the renderer shows) to
// assets/icon.png, 1024 × 1024 with a transparent background: electron-builder
// makes the macOS .icns, the Windows .ico and the Linux sizes from that one file.
// Uses Debian's Chromium through Playwright, as the tests do. Run after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SIZE = 1024;
const svg = readFileSync(fileURLToPath(new URL('../assets/public/icon.svg', import.meta.url)), 'utf8');
const target = fileURLToPath(new URL('../assets/icon.png', import.meta.url));

const browser = await chromium.launch({
  executablePath: process.env.JALON_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const body = `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${SIZE}" height="${SIZE}" style="display:block">`;
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${body}</body></html>`);
  await page.locator('img').evaluate((img) => img.decode());
  writeFileSync(target, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } }));
  console.log(`Wrote ${target} (${SIZE} × ${SIZE})`);
} finally {
  await browser.close();
}
