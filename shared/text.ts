/**
 * The one check for free text, used by the person form, the CSV import and
 * the backup restore (shared/records/schema.ts): characters a user cannot see
 * or that reorder what is shown have no place in Jalon's records.
 */

// Control characters other than tab and line breaks (NUL…, DEL).
// eslint-disable-next-line no-control-regex -- these are what we refuse
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextProblem = 'control' | 'bidi' | 'surrogate';

/** What is wrong with a text, or `null` when nothing is. */
export function textProblem(value: string): TextProblem | null {
  if (CONTROL.test(value)) return 'control';
  if (BIDI.test(value)) return 'bidi';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return null;
}

export function isCleanText(value: string): boolean {
  return textProblem(value) === null;
}
