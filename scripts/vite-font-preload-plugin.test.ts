import type { IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { fontPreloadPlugin } from './vite-font-preload-plugin';

/** The tags the plugin adds to index.html for a build that emitted `files`. */
function tagsFor(names: string[], files: string[]) {
  const plugin = fontPreloadPlugin(names);
  (plugin.configResolved as (config: Pick<ResolvedConfig, 'base'>) => void)({ base: './' });
  const bundle = Object.fromEntries(files.map((fileName) => [fileName, { fileName }]));
  const transform = plugin.transformIndexHtml as { handler: (html: string, context: Partial<IndexHtmlTransformContext>) => unknown };
  return transform.handler('<html></html>', { bundle: bundle as unknown as IndexHtmlTransformContext['bundle'] });
}

describe('fontPreloadPlugin', () => {
  it('preloads each named font by its hashed file name, not a font whose name only starts the same', () => {
    const tags = tagsFor(['noto-sans-latin-400-normal'], ['assets/noto-sans-latin-ext-400-normal-Aa1.woff2', 'assets/noto-sans-latin-400-normal-BTkUljjl.woff2', 'assets/index-x.js']);
    expect(tags).toEqual([
      { tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: './assets/noto-sans-latin-400-normal-BTkUljjl.woff2' }, injectTo: 'head' },
    ]);
  });

  it('fails the build when a named font was not emitted', () => {
    expect(() => tagsFor(['noto-sans-latin-700-normal'], ['assets/noto-sans-latin-400-normal-BTkUljjl.woff2'])).toThrow('no built font named noto-sans-latin-700-normal');
  });
});
