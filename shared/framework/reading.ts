import type { Level } from './types';

/**
 * Helpers to read the framework as the source document prints it: the
 * classes beside a level ("A1*" then "/A2*", where the `*` means "only with a limited
 * leadership role"), and the starred terms of the distinctive criteria that
 * point to the definitions below the table.
 */

/** The classes printed beside a level: plain ones, then starred ones (A1 and A2 with a star each, slash-separated); empty when none. */
export function levelClassesLabel(level: Pick<Level, 'expectedFor' | 'expectedForLimitedLeadership'>): string {
  return [...level.expectedFor, ...level.expectedForLimitedLeadership.map((classId) => `${classId}*`)].join('/');
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'term'; term: string; text: string };

/**
 * Splits a criterion's text where a defined term is followed by `*`
 * ("spécialisation*", "expertise*"), so the term can link to its definition.
 * The text is kept exactly as it is, star included.
 */
export function splitDefinedTerms(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0) return [{ kind: 'text', text }];
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})\\*`, 'gu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'term', term: match[1]!, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
