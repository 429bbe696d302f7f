/**
 * French typography for printed text: the spaces inside « » and before
 * ; : ! ? become non-breaking, so that no « or » is left alone at the end or
 * start of a line. Only spaces already there are changed; nothing is added.
 */
export function keepFrenchPunctuationTogether(text: string): string {
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ ([;:!?])/g, '\u00a0$1');
}
