import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv';

describe('CSV export (OWASP CSV injection)', () => {
  it.each(['=1+1', '+cmd', "-2+3+cmd|' /C calc'!A0", '-A1', '@SUM(A1)', '\tx', '\rx', '=', '-'])('keeps %j as text', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it.each(['-2', '+3', '-1,5', '12.5', '0', 'Dupont', 'A1', ''])('leaves %j as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it('neutralises inside the file, quotes where needed', () => {
    expect(toCsv(['Nom'], [["-2+3+cmd|' /C calc'!A0"], ['-2'], ['a;b']])).toBe(`\uFEFFNom\r\n'-2+3+cmd|' /C calc'!A0\r\n-2\r\n"a;b"\r\n`);
  });
});
