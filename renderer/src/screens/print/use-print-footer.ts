import { useEffect } from 'react';

/** Escapes text for a CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/**
 * Puts "Page X / Y", the hash and the generation date in the margins of every
 * printed page, with CSS page-margin boxes. The sheet is built through the
 * CSSOM (constructable stylesheet), which the CSP allows, unlike a `<style>`.
 */
export function usePrintFooter(left: string, pageWord: string, topMark?: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page {
      @bottom-left { content: ${cssString(left)}; font-family: 'Jalon Sans', sans-serif; font-size: 7.5pt; color: #444; }
      @bottom-right { content: ${cssString(`${pageWord} `)} counter(page) " / " counter(pages); font-family: 'Jalon Sans', sans-serif; font-size: 8pt; color: #444; }
      ${topMark ? `@top-center { content: ${cssString(topMark)}; font-family: 'Jalon Sans', sans-serif; font-size: 11pt; font-weight: 700; letter-spacing: 2pt; color: #a4262c; }` : ''}
    }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    };
  }, [left, pageWord, topMark]);
}
