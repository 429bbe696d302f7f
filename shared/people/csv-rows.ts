import { isIsoDate, parseDateInput, type IsoDate } from '../dates';
import { cycleEvaluatedOn, readOutsideCell, validateOutsideEvaluation, type OutsideDraft, type OutsideErrorCode } from './outside';
import { isClassId } from '../framework';
import type { Language } from '../locale';
import { staffNumberKey, validatePersonDraft, type Person, type PersonDraft, type PersonErrorCode } from './person';

/** The person fields a CSV column can fill. */
export const CSV_FIELDS = ['name', 'firstName', 'staffNumber', 'classId', 'classFrom', 'employment', 'limitedLeadership', 'service', 'cycleStart', 'language', 'pastEvaluations'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Which column (by index) fills which field; `null` when none does. */
export type CsvMapping = Record<CsvField, number | null>;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

const SYNONYMS: Record<CsvField, string[]> = {
  name: ['nom', 'nomprenom', 'nometprenom', 'name', 'naam', 'agent', 'collaborateur', 'nomdefamille', 'lastname', 'familienaam', 'achternaam'],
  // A separate first-name column is joined to the name (« Nom Prénom »), never dropped.
  firstName: ['prenom', 'prenoms', 'firstname', 'voornaam', 'givenname'],
  staffNumber: ['matricule', 'staffnumber', 'personeelsnummer', 'numero', 'id'],
  classId: ['classe', 'class', 'klasse', 'niveau'],
  classFrom: ['classedepuis', 'depuis', 'datedeclasse', 'classedepuisle', 'vanaf', 'dateclasse', 'datedelaclasse', 'datedentreeenclasse', 'dateentreeclasse', 'datedenomination', 'datenomination', 'klassevanaf', 'classfrom'],
  employment: ['statut', 'status', 'regime'],
  limitedLeadership: ['dirigeantlimite', 'dirigeant', 'leadership', 'roledirigeantlimite'],
  service: ['service', 'equipe', 'dienst', 'team', 'unite'],
  cycleStart: ['debutducycle', 'debutcycle', 'cycle', 'debut', 'cyclestart'],
  language: ['langue', 'language', 'taal', 'rolelinguistique', 'taalrol', 'languedurapport'],
  // Cycles evaluated before Jalon, one cell: « 15/12/2019 répond aux attentes ; 18/12/2021 à améliorer ».
  pastEvaluations: ['evaluationsanterieures', 'evaluationshorsjalon', 'historiquedesevaluations', 'mentionsanterieures', 'mentions', 'pastevaluations', 'vroegereevaluaties'],
};

/**
 * Words that, inside a longer header, point to a field (« Date d'entrée dans
 * la classe », « Début du cycle d'évaluation »): tried after the exact names,
 * the more specific fields first, one column per field.
 */
const HINTS: [CsvField, (header: string) => boolean][] = [
  ['pastEvaluations', (h) => h.includes('mention') || (h.includes('evaluation') && (h.includes('anterieur') || h.includes('historique') || h.includes('hors')))],
  ['classFrom', (h) => h.includes('classe') && (h.includes('date') || h.includes('depuis'))],
  ['cycleStart', (h) => h.includes('cycle') || (h.includes('debut') && h.includes('evaluation'))],
  ['firstName', (h) => h.includes('prenom') && !h.startsWith('nom')],
  ['staffNumber', (h) => h.includes('matricule') || h.includes('personeelsnummer')],
  ['limitedLeadership', (h) => h.includes('dirigeant') || h.includes('leiding')],
  ['employment', (h) => h.includes('statut') || h.includes('regime')],
  ['classId', (h) => h.includes('classe') || h.includes('klasse')],
  ['service', (h) => h.includes('service') || h.includes('equipe') || h.includes('dienst')],
  ['language', (h) => h.includes('langue') || h.includes('taal') || h.includes('linguistique')],
  ['name', (h) => h.includes('nom') || h.includes('naam')],
];

/** Guesses which column fills which field from the header names. */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const folded = headers.map(fold);
  const mapping = Object.fromEntries(CSV_FIELDS.map((field) => [field, null])) as CsvMapping;
  const used = new Set<number>();
  for (const field of CSV_FIELDS) {
    const index = folded.findIndex((header, column) => !used.has(column) && SYNONYMS[field].includes(header));
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  for (const [field, matches] of HINTS) {
    if (mapping[field] !== null) continue;
    const index = folded.findIndex((header, column) => !used.has(column) && matches(header));
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

export type CsvRowError = {
  line: number;
  field: CsvField;
  code: PersonErrorCode | 'duplicate-in-file' | 'identical-row' | 'invalid-value' | 'past-evaluation';
  /** For a past evaluation refused by the rules: why (`validateOutsideEvaluation`). */
  detail?: OutsideErrorCode;
};
/** A past evaluation read from the file, placed on the person's cycle grid. */
export type CsvOutsideDraft = Omit<OutsideDraft, 'note'>;
export type CsvRowResult = { valid: { line: number; draft: PersonDraft; outside: CsvOutsideDraft[] }[]; errors: CsvRowError[]; invalidLines: number };

const YES = ['oui', 'o', 'yes', 'y', 'ja', 'j', '1', 'vrai', 'true', 'x'];
const NO = ['non', 'n', 'no', 'nee', '0', 'faux', 'false', ''];
/** A language as HR exports write it (code, name in French, Dutch or English); empty = French, the default. */
const LANGUAGE_WORDS: Record<Language, string[]> = {
  fr: ['', 'fr', 'f', 'francais', 'frans', 'french', 'fra'],
  nl: ['nl', 'n', 'neerlandais', 'nederlands', 'dutch', 'nld', 'vlaams'],
  en: ['en', 'e', 'anglais', 'engels', 'english', 'eng'],
};
function readLanguage(text: string): Language | null {
  const folded = fold(text);
  return (Object.keys(LANGUAGE_WORDS) as Language[]).find((language) => LANGUAGE_WORDS[language].includes(folded)) ?? null;
}

/**
 * Checks every data row of an HR export against the person rules. `lines`
 * gives each row's line in the file (quoted line breaks included); without
 * it, row i is line i + 2 (the header is line 1). `defaultCycleStart` fills
 * the cycle start when no column gives it.
 */
export function checkCsvRows(
  rows: readonly (readonly string[])[],
  mapping: CsvMapping,
  existing: readonly Pick<Person, 'id' | 'staffNumber'>[],
  defaultCycleStart: string,
  lines?: readonly number[],
  /** Past evaluations cannot be dated after it; without it, none is refused for that. */
  today: IsoDate = '2100-12-31',
): CsvRowResult {
  const valid: CsvRowResult['valid'] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  const seenRows = new Set<string>();
  let invalidLines = 0;
  rows.forEach((row, index) => {
    const line = lines?.[index] ?? index + 2;
    const cell = (field: CsvField) => (mapping[field] === null ? '' : (row[mapping[field]!] ?? '').trim());
    const rowErrors: CsvRowError[] = [];
    const employmentText = fold(cell('employment'));
    const employment = employmentText.startsWith('contr') ? 'contractuel' : employmentText === '' || employmentText.startsWith('stat') ? 'statutaire' : null;
    if (employment === null) rowErrors.push({ line, field: 'employment', code: 'invalid-value' });
    const leadershipText = fold(cell('limitedLeadership'));
    const leadership = YES.includes(leadershipText) ? true : NO.includes(leadershipText) ? false : null;
    if (leadership === null) rowErrors.push({ line, field: 'limitedLeadership', code: 'invalid-value' });
    const language = readLanguage(cell('language'));
    if (language === null) rowErrors.push({ line, field: 'language', code: 'invalid-value' });
    const classText = cell('classId').toUpperCase().replace(/\s+/g, '');
    // A date is read here, in the preview: 31/02/2022 is refused now, not after the import.
    const date = (field: 'classFrom' | 'cycleStart') => {
      const text = cell(field);
      if (text === '') return defaultCycleStart;
      const parsed = parseDateInput(text);
      if (parsed === null) rowErrors.push({ line, field, code: 'invalid-date' });
      return parsed ?? text;
    };
    const draft: PersonDraft = {
      name: [cell('name'), cell('firstName')].filter((part) => part !== '').join(' '),
      staffNumber: cell('staffNumber'),
      classId: isClassId(classText) ? classText : classText || '?',
      classFrom: date('classFrom'),
      employment: employment ?? 'statutaire',
      limitedLeadership: leadership ?? false,
      service: cell('service'),
      notes: '',
      cycleStart: date('cycleStart'),
      language: language ?? 'fr',
    };
    for (const error of validatePersonDraft(draft, existing)) {
      if (error.field === 'notes') continue;
      if (rowErrors.some((known) => known.field === error.field && known.code === error.code)) continue;
      rowErrors.push({ line, field: error.field as CsvField, code: error.code });
    }
    const staff = staffNumberKey(draft.staffNumber);
    if (staff !== '' && seen.has(staff)) rowErrors.push({ line, field: 'staffNumber', code: 'duplicate-in-file' });
    if (staff !== '') seen.set(staff, line);
    // The same person twice (same mapped cells), with or without a staff number: imported once, the repeat is named.
    const identity = CSV_FIELDS.map((field) => fold(cell(field))).join('\u0000');
    if (seenRows.has(identity) && !rowErrors.some((error) => error.code === 'duplicate-in-file')) rowErrors.push({ line, field: 'name', code: 'identical-row' });
    seenRows.add(identity);
    if (!isIsoDate(draft.cycleStart) && !rowErrors.some((error) => error.field === 'cycleStart')) rowErrors.push({ line, field: 'cycleStart', code: 'invalid-date' });
    const outside = isIsoDate(draft.cycleStart) ? pastEvaluations(cell('pastEvaluations'), draft.cycleStart, today, line, rowErrors) : [];
    if (rowErrors.length > 0) {
      invalidLines++;
      errors.push(...rowErrors);
    } else valid.push({ line, draft, outside });
  });
  return { valid, errors, invalidLines };
}

/** The past evaluations of one cell, each on the cycle it closes, checked by the same rule as the person page. */
function pastEvaluations(cell: string, cycleStart: IsoDate, today: IsoDate, line: number, rowErrors: CsvRowError[]): CsvOutsideDraft[] {
  const read = readOutsideCell(cell);
  if (!read.ok) {
    rowErrors.push({ line, field: 'pastEvaluations', code: read.error.code });
    return [];
  }
  const accepted: (CsvOutsideDraft & { id: string })[] = [];
  for (const entry of read.value) {
    const draft = { cycleIndex: cycleEvaluatedOn(cycleStart, entry.date), date: entry.date, mention: entry.mention };
    const problems = validateOutsideEvaluation({ cycleStart, outsideEvaluations: accepted }, { ...draft, note: '' }, { today, lockedCycles: [] });
    if (problems.length > 0) {
      rowErrors.push({ line, field: 'pastEvaluations', code: 'past-evaluation', detail: problems[0]!.code });
      return [];
    }
    accepted.push({ ...draft, id: String(accepted.length) });
  }
  return accepted.map(({ cycleIndex, date, mention }) => ({ cycleIndex, date, mention }));
}
