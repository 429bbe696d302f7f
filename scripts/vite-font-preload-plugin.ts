import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Preloads the fonts every screen draws with (Noto Sans latin, regular and
 * bold) from index.html, so that they are fetched with the scripts rather than
 * after the first layout: the first screen is drawn in them, and the print
 * view, which waits for its fonts, is ready sooner. `names` are the files'
 * names before Vite's hash.
 */
export function fontPreloadPlugin(names: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'jalon-font-preload',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const files = Object.values(context.bundle ?? {}).map((output) => output.fileName);
        return names.map((name): HtmlTagDescriptor => {
          const pattern = new RegExp(`(^|/)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[\\w-]+\\.woff2$`);
          const file = files.find((fileName) => pattern.test(fileName));
          if (!file) throw new Error(`font-preload: no built font named ${name} (its @font-face was renamed or removed?)`);
          return { tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${file}` }, injectTo: 'head' };
        });
      },
    },
  };
}
