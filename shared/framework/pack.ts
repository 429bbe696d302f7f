/**
 * Framework text packs: a JSON file with which HR supplies the framework's
 * texts in a language (official, or a working translation), checked against
 * the framework's own ids before anything is stored.
 */
import * as z from 'zod/mini';
import { isCleanText } from '../text';
import type { Language } from '../locale';
import { frameworkTextKeys, type FrameworkTextSet } from './texts';
import type { Framework } from './types';

export const PACK_FORMAT = 'jalon-framework-texts';
/** More than any pack of this framework's ≈ 160 texts could need. */
export const PACK_MAX_BYTES = 1_000_000;
export const PACK_TEXT_MAX = 2_000;

/** A pack as stored: the file's content, plus its id and when it was imported. */
export type FrameworkPack = FrameworkTextSet & { framework: string; importedAt: string };

export type PackErrorCode = 'not-json' | 'too-large' | 'format' | 'wrong-framework' | 'french-official' | 'unknown-key' | 'invalid' | 'empty' | 'duplicate';
export type PackError = { code: PackErrorCode; key?: string; path?: string; found?: string; expected?: string };
export type PackResult = { ok: true; value: FrameworkPack } | { ok: false; error: PackError };

const cleanText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.refine((value) => value.trim() !== '' && isCleanText(value)));

const packFile = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  framework: z.string().check(z.maxLength(40)),
  language: z.enum(['fr', 'nl', 'en']),
  source: cleanText(200),
  version: cleanText(40),
  status: z.enum(['official', 'working-translation']),
  texts: z.record(z.string().check(z.maxLength(120)), cleanText(PACK_TEXT_MAX)),
});

const storedPack = z.extend(packFile, {
  id: z.string().check(z.regex(/^[\w-]{1,60}$/)),
  importedAt: z.string().check(z.maxLength(40)),
});

/**
 * Checks a pack file's text against `framework`: the format, the framework
 * version it was written for, the language (not French: the document is the
 * official French), the source and version, and every text's key against the
 * framework's ids. Nothing partial: one fault refuses the whole pack.
 */
export function parsePack(text: string, framework: Framework, meta: { id: string; importedAt: string }): PackResult {
  if (text.length > PACK_MAX_BYTES) return { ok: false, error: { code: 'too-large' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const record = (raw ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || raw === null || record['format'] !== PACK_FORMAT || record['formatVersion'] !== 1) return { ok: false, error: { code: 'format' } };
  if (record['framework'] !== framework.version) {
    return { ok: false, error: { code: 'wrong-framework', found: String(record['framework']).slice(0, 40), expected: framework.version } };
  }
  if (record['language'] === 'fr') return { ok: false, error: { code: 'french-official' } };
  const parsed = packFile.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid', path: parsed.error.issues[0]!.path.join('.') } };
  const keys = frameworkTextKeys(framework);
  const unknown = Object.keys(parsed.data.texts).find((key) => !keys.has(key));
  if (unknown !== undefined) return { ok: false, error: { code: 'unknown-key', key: unknown.slice(0, 120) } };
  if (Object.keys(parsed.data.texts).length === 0) return { ok: false, error: { code: 'empty' } };
  const { language, source, version, status, texts } = parsed.data;
  return { ok: true, value: { id: meta.id, importedAt: meta.importedAt, framework: parsed.data.framework, language: language as Language, source, version, status, texts } };
}

/** A stored pack read back, or `null` when the stored value is not one (it is then ignored, never trusted). */
export function readStoredPack(value: unknown, framework: Framework): FrameworkPack | null {
  const parsed = storedPack.safeParse(value);
  if (!parsed.success || parsed.data.framework !== framework.version || parsed.data.language === 'fr') return null;
  const keys = frameworkTextKeys(framework);
  if (Object.keys(parsed.data.texts).some((key) => !keys.has(key))) return null;
  const { format: _format, formatVersion: _formatVersion, ...pack } = parsed.data;
  return pack;
}

/** What a stored pack is written as: the file's fields, so a backup holds a pack HR could re-import. */
export function packRecord(pack: FrameworkPack) {
  return { format: PACK_FORMAT, formatVersion: 1, ...pack };
}
