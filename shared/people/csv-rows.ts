import { isIsoDate, parseDateInput } from '../dates';
import { isClassId } from '../framework';
import { validatePersonDraft, type Person, type PersonDraft, type PersonErrorCode } from './person';

/** The person fields a CSV column can fill. */
export const CSV_FIELDS = ['name', 'staffNumber', 'classId', 'classFrom', 'employment', 'limitedLeadership', 'service', 'cycleStart'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Which column (by index) fills which field; `null` when none does. */
export type CsvMapping = Record<CsvField, number | null>;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

const SYNONYMS: Record<CsvField, string[]> = {
  name: ['nom', 'nomprenom', 'nometprenom', 'name', 'naam', 'agent', 'collaborateur'],
  staffNumber: ['matricule', 'staffnumber', 'personeelsnummer', 'numero', 'id'],
  classId: ['classe', 'class', 'klasse', 'niveau'],
  classFrom: ['classedepuis', 'depuis', 'datedeclasse', 'classedepuisle', 'vanaf'],
  employment: ['statut', 'status', 'regime'],
  limitedLeadership: ['dirigeantlimite', 'dirigeant', 'leadership', 'roledirigeantlimite'],
  service: ['service', 'equipe', 'dienst', 'team', 'unite'],
  cycleStart: ['debutducycle', 'debutcycle', 'cycle', 'debut', 'cyclestart'],
};

/** Guesses which column fills which field from the header names. */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const folded = headers.map(fold);
  return Object.fromEntries(
    CSV_FIELDS.map((field) => {
      const index = folded.findIndex((header) => SYNONYMS[field].includes(header));
      return [field, index === -1 ? null : index];
    }),
  ) as CsvMapping;
}

export type CsvRowError = { line: number; field: CsvField; code: PersonErrorCode | 'duplicate-in-file' | 'invalid-value' };
export type CsvRowResult = { valid: { line: number; draft: PersonDraft }[]; errors: CsvRowError[]; invalidLines: number };

const YES = ['oui', 'o', 'yes', 'y', 'ja', 'j', '1', 'vrai', 'true', 'x'];
const NO = ['non', 'n', 'no', 'nee', '0', 'faux', 'false', ''];

/**
 * Checks every data row of an HR export against the person rules. Line
 * numbers are those of the file (the header is line 1). `defaultCycleStart`
 * fills the cycle start when no column gives it.
 */
export function checkCsvRows(
  rows: readonly (readonly string[])[],
  mapping: CsvMapping,
  existing: readonly Pick<Person, 'id' | 'staffNumber'>[],
  defaultCycleStart: string,
): CsvRowResult {
  const valid: CsvRowResult['valid'] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  let invalidLines = 0;
  rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (field: CsvField) => (mapping[field] === null ? '' : (row[mapping[field]!] ?? '').trim());
    const rowErrors: CsvRowError[] = [];
    const employmentText = fold(cell('employment'));
    const employment = employmentText.startsWith('contr') ? 'contractuel' : employmentText === '' || employmentText.startsWith('stat') ? 'statutaire' : null;
    if (employment === null) rowErrors.push({ line, field: 'employment', code: 'invalid-value' });
    const leadershipText = fold(cell('limitedLeadership'));
    const leadership = YES.includes(leadershipText) ? true : NO.includes(leadershipText) ? false : null;
    if (leadership === null) rowErrors.push({ line, field: 'limitedLeadership', code: 'invalid-value' });
    const classText = cell('classId').toUpperCase().replace(/\s+/g, '');
    const draft: PersonDraft = {
      name: cell('name'),
      staffNumber: cell('staffNumber'),
      classId: isClassId(classText) ? classText : classText || '?',
      classFrom: parseDateInput(cell('classFrom')) ?? (cell('classFrom') === '' ? defaultCycleStart : cell('classFrom')),
      employment: employment ?? 'statutaire',
      limitedLeadership: leadership ?? false,
      service: cell('service'),
      notes: '',
      cycleStart: parseDateInput(cell('cycleStart')) ?? (cell('cycleStart') === '' ? defaultCycleStart : cell('cycleStart')),
    };
    for (const error of validatePersonDraft(draft, existing)) {
      if (error.field === 'notes') continue;
      rowErrors.push({ line, field: error.field as CsvField, code: error.code });
    }
    const staff = draft.staffNumber.toUpperCase();
    if (staff !== '' && seen.has(staff)) rowErrors.push({ line, field: 'staffNumber', code: 'duplicate-in-file' });
    if (staff !== '') seen.set(staff, line);
    if (!isIsoDate(draft.cycleStart) && !rowErrors.some((error) => error.field === 'cycleStart')) rowErrors.push({ line, field: 'cycleStart', code: 'invalid-date' });
    if (rowErrors.length > 0) {
      invalidLines++;
      errors.push(...rowErrors);
    } else valid.push({ line, draft });
  });
  return { valid, errors, invalidLines };
}
