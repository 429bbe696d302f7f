import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-import';

const encoder = new TextEncoder();

describe('parseCsv: line numbers are those of the file', () => {
  it('counts quoted line breaks and skipped blank lines', () => {
    const text = 'Nom;Classe;Notes\r\n"Léa Dubois";C;"une\r\nnote\r\nlongue"\r\n\r\nJan Claes;B;\r\n"Anne\nMartin";A1;x\n';
    const parsed = parseCsv(encoder.encode(text));
    expect(parsed).toMatchObject({ ok: true, value: { headers: ['Nom', 'Classe', 'Notes'], lines: [2, 6, 7] } });
    if (parsed.ok) expect(parsed.value.rows.map((row) => row[0])).toEqual(['Léa Dubois', 'Jan Claes', 'Anne\nMartin']);
  });
});
