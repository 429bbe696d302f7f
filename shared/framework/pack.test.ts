import { describe, expect, it } from 'vitest';
import { FRAMEWORK_DO } from './index';
import { packRecord, parsePack, readStoredPack } from './pack';

const meta = { id: 'pack-1', importedAt: '2026-12-01T10:00:00.000Z' };
const valid = {
  format: 'jalon-framework-texts',
  formatVersion: 1,
  framework: FRAMEWORK_DO.version,
  language: 'nl',
  source: 'FOD BOSA – Competentiewoordenboek (test)',
  version: '2026-1',
  status: 'official',
  texts: { 'competency.communiquer.name': 'Communiceren (test)', 'competency.communiquer.level.1': 'Niveau 1 (test)' },
};
const parse = (value: unknown) => parsePack(typeof value === 'string' ? value : JSON.stringify(value), FRAMEWORK_DO, meta);

describe('framework text packs', () => {
  it('accepts a pack written for this framework, with its source and version', () => {
    const result = parse(valid);
    expect(result).toEqual({
      ok: true,
      value: { ...meta, framework: FRAMEWORK_DO.version, language: 'nl', source: valid.source, version: '2026-1', status: 'official', texts: valid.texts },
    });
  });

  it.each([
    ['not JSON', '{ nope', 'not-json'],
    ['another format', { ...valid, format: 'other' }, 'format'],
    ['another framework version', { ...valid, framework: 'DO-1999' }, 'wrong-framework'],
    ['French, which the document is', { ...valid, language: 'fr' }, 'french-official'],
    ['an unknown language', { ...valid, language: 'de' }, 'invalid'],
    ['no source', { ...valid, source: '' }, 'invalid'],
    ['no version', { ...valid, version: undefined }, 'invalid'],
    ['a competency the framework lacks', { ...valid, texts: { 'competency.jongler.name': 'Jongleren' } }, 'unknown-key'],
    ['a level the competency lacks', { ...valid, texts: { 'competency.se-connaitre.level.3': 'Niveau 3' } }, 'unknown-key'],
    ['an empty text', { ...valid, texts: { 'competency.communiquer.name': ' ' } }, 'invalid'],
    ['control characters', { ...valid, texts: { 'competency.communiquer.name': 'a\u0000b' } }, 'invalid'],
    ['no texts', { ...valid, texts: {} }, 'empty'],
    ['an array', [valid], 'format'],
  ])('refuses %s', (_label, value, code) => {
    const result = parse(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('names the faulty key and the expected framework', () => {
    expect(parse({ ...valid, texts: { 'competency.jongler.name': 'x' } })).toEqual({ ok: false, error: { code: 'unknown-key', key: 'competency.jongler.name' } });
    expect(parse({ ...valid, framework: 'DO-1999' })).toEqual({ ok: false, error: { code: 'wrong-framework', found: 'DO-1999', expected: FRAMEWORK_DO.version } });
  });

  it('reads back what it stores, and nothing that is not a pack', () => {
    const result = parse(valid);
    if (!result.ok) throw new Error('expected a pack');
    expect(readStoredPack(packRecord(result.value), FRAMEWORK_DO)).toEqual(result.value);
    expect(readStoredPack({ ...packRecord(result.value), texts: { 'nope.x': 'y' } }, FRAMEWORK_DO)).toBeNull();
    expect(readStoredPack('text', FRAMEWORK_DO)).toBeNull();
  });
});
