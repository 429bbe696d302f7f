import { describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, cacheControlFor } from './cache-control.mjs';

describe('cacheControlFor', () => {
  it('keeps the files Vite names after their content', () => {
    for (const name of ['/assets/index-Ck5K4eBd.js', '/assets/index-BC1EbrRp.css', '/assets/RadioGroup-NZXxHNTH.js', '/assets/CalibrationScreen-B_TsIy-G.js', '/assets/noto-sans-latin-400-normal-BTkUljjl.woff2']) {
      expect(cacheControlFor(name), name).toBe(IMMUTABLE);
    }
  });

  it('checks again everything whose content can change under the same name', () => {
    for (const name of ['/', '/index.html', '/icon.svg', '/assets/index.js', '/assets/sub/index-Ck5K4eBd.js', '/assets/index-Ck5K4eB.js', '/assets/index-Ck5K4eBd.html', '/index-Ck5K4eBd.js']) {
      expect(cacheControlFor(name), name).toBe(REVALIDATE);
    }
  });
});
