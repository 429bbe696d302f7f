import { describe, expect, it } from 'vitest';
import { checkCsvRows, suggestMapping } from './csv-rows';

describe('CSV rows of an HR export', () => {
  const headers = ['Nom', 'Matricule', 'Classe', 'Classe depuis', 'Statut', 'Dirigeant limité', 'Service'];
  const mapping = suggestMapping(headers);

  it('maps columns from their French or Dutch names', () => {
    expect(mapping).toEqual({ name: 0, firstName: null, staffNumber: 1, classId: 2, classFrom: 3, employment: 4, limitedLeadership: 5, service: 6, cycleStart: null, pastEvaluations: null });
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
      { line: 5, field: 'classFrom', code: 'invalid-date' },
      { line: 5, field: 'classId', code: 'invalid-class' },
      { line: 6, field: 'staffNumber', code: 'duplicate' },
    ]);
  });

  it('matches the headers of a real HR export, the class date and a separate first name included', () => {
    expect(
      suggestMapping(['Matricule', 'Nom', 'Prénom', 'Classe', 'Date d’entrée dans la classe', 'Début du cycle d’évaluation', 'Régime', 'Service']),
    ).toEqual({ staffNumber: 0, name: 1, firstName: 2, classId: 3, classFrom: 4, cycleStart: 5, employment: 6, limitedLeadership: null, service: 7, pastEvaluations: null });
    expect(suggestMapping(['Nom et prénom', 'Classe', 'Date de classe'])).toMatchObject({ name: 0, firstName: null, classId: 1, classFrom: 2 });
  });

  it('joins separate Nom and Prénom columns into the name, never dropping one', () => {
    const split = suggestMapping(['Nom', 'Prénom', 'Classe']);
    const result = checkCsvRows([['Dubois', 'Léa', 'C'], ['Claes', '', 'B']], split, [], '2026-01-01');
    expect(result.valid.map((row) => row.draft.name)).toEqual(['Dubois Léa', 'Claes']);
  });

  it('refuses an impossible date in the preview, in either date column', () => {
    const dated = suggestMapping(['Nom', 'Classe', 'Classe depuis', 'Début du cycle']);
    const result = checkCsvRows([['Léa Dubois', 'C', '31/02/2022', '29/02/2023']], dated, [], '2026-01-01');
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, field: 'classFrom', code: 'invalid-date' },
      { line: 2, field: 'cycleStart', code: 'invalid-date' },
    ]);
  });

  it('compares staff numbers without spaces or case, in the file and against the team', () => {
    const simple = suggestMapping(['Nom', 'Matricule', 'Classe']);
    const result = checkCsvRows([['Léa Dubois', 'AB 1', 'C'], ['Jan Claes', 'ab  1', 'C'], ['Anne Martin', 'CD 2', 'B']], simple, [{ id: 'x', staffNumber: 'CD2' }], '2026-01-01');
    expect(result.errors).toEqual([
      { line: 3, field: 'staffNumber', code: 'duplicate-in-file' },
      { line: 4, field: 'staffNumber', code: 'duplicate' },
    ]);
  });

  it('names an identical row instead of importing the same person twice', () => {
    const simple = suggestMapping(['Nom', 'Classe', 'Service']);
    const result = checkCsvRows([['Léa Dubois', 'C', 'Accueil'], ['Léa  Dubois', 'c', 'accueil'], ['Léa Dubois', 'C', 'Recouvrement']], simple, [], '2026-01-01');
    expect(result.valid.map((row) => row.line)).toEqual([2, 4]);
    expect(result.errors).toEqual([{ line: 3, field: 'name', code: 'identical-row' }]);
  });

  it('uses the line numbers of the file when given', () => {
    const simple = suggestMapping(['Nom', 'Classe']);
    expect(checkCsvRows([['Léa Dubois', 'C'], ['', 'C']], simple, [], '2026-01-01', [2, 5]).errors).toEqual([{ line: 5, field: 'name', code: 'required' }]);
  });

  it('refuses invisible characters in any text cell (one validator with the form and the restore)', () => {
    const simple = suggestMapping(['Nom', 'Classe', 'Service', 'Matricule']);
    const result = checkCsvRows([['Léa Dubois', 'C', 'Accueil\u0000', ''], ['Jan \u202eClaes', 'B', '', ''], ['Anne Martin', 'B', '', 'X\u0007']], simple, [], '2026-01-01');
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, field: 'service', code: 'invalid-characters' },
      { line: 3, field: 'name', code: 'invalid-characters' },
      { line: 4, field: 'staffNumber', code: 'invalid-characters' },
    ]);
  });

  it('brings past evaluations: each on the cycle it closes, with a mention of the rules of its time, or the row is refused with why', () => {
    const withPast = suggestMapping(['Nom', 'Classe', 'Début du cycle', 'Évaluations antérieures']);
    expect(withPast.pastEvaluations).toBe(3);
    expect(suggestMapping(['Nom', 'Classe', 'Mentions précédentes']).pastEvaluations).toBe(2);
    const rows = [
      ['Léa Dubois', 'C', '01/03/2023', '15/12/2020 répond aux attentes ; 10/02/2023 : insuffisant'],
      ['Jan Claes', 'B', '01/03/2023', '10/02/2023 à améliorer'],
      ['Anne Martin', 'B', '01/03/2023', '10/02/2013 exceptionnel'],
      ['Marc Peeters', 'B', '01/03/2023', '10/02/2023 insuffisant | 20/02/2023 sans mention'],
      ['Eva Smet', 'B', '01/03/2023', '10/02/2023 très bien'],
      ['Tom Wouters', 'B', '01/03/2023', ''],
    ];
    const result = checkCsvRows(rows, withPast, [], '2026-01-01', undefined, '2026-12-03');
    expect(result.valid.map((row) => [row.draft.name, row.outside])).toEqual([
      [
        'Léa Dubois',
        [
          // The cycle whose end is nearest (01/03/2020–28/02/2021): cycle -3 on the grid of 01/03/2023.
          { cycleIndex: -3, date: '2020-12-15', mention: 'repond-aux-attentes' },
          { cycleIndex: -1, date: '2023-02-10', mention: 'insuffisant' },
        ],
      ],
      ['Tom Wouters', []],
    ]);
    expect(result.errors).toEqual([
      // The cycle 01/03/2022–28/02/2023 began under the 2022 decree: « à améliorer » no longer exists.
      { line: 3, field: 'pastEvaluations', code: 'past-evaluation', detail: 'mention-not-of-rules' },
      { line: 4, field: 'pastEvaluations', code: 'past-evaluation', detail: 'cycle-before-2014' },
      { line: 5, field: 'pastEvaluations', code: 'past-evaluation', detail: 'cycle-already-recorded' },
      { line: 6, field: 'pastEvaluations', code: 'invalid-value' },
    ]);
  });
});
