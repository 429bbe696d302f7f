import { describe, expect, it } from 'vitest';
import { checkCsvRows, suggestMapping } from './csv-rows';

describe('CSV rows of an HR export', () => {
  const headers = ['Nom', 'Matricule', 'Classe', 'Classe depuis', 'Statut', 'Dirigeant limité', 'Service'];
  const mapping = suggestMapping(headers);

  it('maps columns from their French or Dutch names', () => {
    expect(mapping).toEqual({ name: 0, staffNumber: 1, classId: 2, classFrom: 3, employment: 4, limitedLeadership: 5, service: 6, cycleStart: null });
    expect(suggestMapping(['Naam', 'Klasse', 'Dienst'])).toMatchObject({ name: 0, classId: 1, service: 2 });
  });

  it('keeps valid rows and reports each bad one with its line and reason', () => {
    const rows = [
      ['Zoë Ünal', 'AB1', 'c', '01/01/2020', 'statutaire', 'non', 'Contentieux'],
      ['', 'AB2', 'B', '01/01/2020', '', '', ''],
      ['Marc Peeters', 'AB1', 'B', '01/01/2020', '', '', ''],
      ['Anne Martin', 'X9', 'E', '31/02/2020', 'intérimaire', 'peut-être', ''],
      ['Jan Claes', 'OLD', 'A1', '', 'Contractuel', 'oui', 'Accueil'],
    ];
    const result = checkCsvRows(rows, mapping, [{ id: 'x', staffNumber: 'old' }], '2026-01-01');
    expect(result.valid.map((row) => [row.line, row.draft.name, row.draft.classId])).toEqual([[2, 'Zoë Ünal', 'C']]);
    expect(result.invalidLines).toBe(4);
    expect(result.errors).toEqual([
      { line: 3, field: 'name', code: 'required' },
      { line: 4, field: 'staffNumber', code: 'duplicate-in-file' },
      { line: 5, field: 'employment', code: 'invalid-value' },
      { line: 5, field: 'limitedLeadership', code: 'invalid-value' },
      { line: 5, field: 'classId', code: 'invalid-class' },
      { line: 5, field: 'classFrom', code: 'invalid-date' },
      { line: 6, field: 'staffNumber', code: 'duplicate' },
    ]);
  });
});
