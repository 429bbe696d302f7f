import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/result';
import { ERROR_MESSAGE_KEYS, errorMessage, formAnswer } from './error-message';

describe('errorMessage', () => {
  it('gives every stable code a French message of its own, with nothing left to fill', () => {
    for (const code of ERROR_CODES) {
      const text = errorMessage({ code });
      expect(text, code).not.toBe(ERROR_MESSAGE_KEYS[code]);
      expect(text, code).toMatch(/[a-zàâçéèêëîïôûùüÿœ’]{3}.*[.!?)]$/i);
      expect(text, code).not.toMatch(/\{\{|undefined|error|failed/i);
    }
  });

  it('maps exactly the codes of shared/result.ts, no more', () => {
    expect(Object.keys(ERROR_MESSAGE_KEYS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('fills a message from what the error carries', () => {
    expect(errorMessage({ code: 'record-invalid', problem: { table: 'people', index: 2, path: 'name', message: 'Invalid input: expected string' } })).toMatch(/\(personne, n°\s3, champ «\sname\s»\)\.$/);
    expect(errorMessage({ code: 'date-before', after: '2026-03-01' })).toBe('La date ne peut pas précéder le 01/03/2026.');
    expect(errorMessage({ code: 'db-newer', found: 9, known: 7 })).toMatch(/schéma 9, cette version connaît le schéma 7/);
  });
});

describe('formAnswer', () => {
  it('puts wrong fields beside them and any other failure in one French message for the form', () => {
    expect(formAnswer({ ok: true })).toEqual({ fields: [], failure: null });
    expect(formAnswer({ ok: false, error: { code: 'invalid-fields', fields: [{ field: 'notice' }] } })).toEqual({ fields: [{ field: 'notice' }], failure: null });
    expect(formAnswer({ ok: false, error: { code: 'disk-full' } })).toEqual({ fields: [], failure: errorMessage({ code: 'disk-full' }) });
    expect(formAnswer({ ok: false, error: { code: 'disk-full' } }).failure).toMatch(/disque|espace/i);
  });
});
