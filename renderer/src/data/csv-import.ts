import Papa from 'papaparse';
import { newPerson, validatePersonDraft, type Person, type PersonDraft } from '../../../shared/people/person';
import type { Result } from '../../../shared/result';
import { outsideEvaluationFrom } from '../../../shared/people/outside';
import type { CsvOutsideDraft } from '../../../shared/people/csv-rows';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** The header, the rows and each row's line in the file, or why the file cannot be read as a CSV. */
export type ParsedCsv = Result<{ headers: string[]; rows: string[][]; lines: number[]; delimiter: string }, { code: 'encoding' | 'empty' | 'no-header' | 'csv-too-large' }>;

/**
 * Reads an HR export: UTF-8 with or without BOM (anything else is refused,
 * never guessed), semicolons (Belgian Excel) or commas, quoted fields.
 */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, error: { code: 'csv-too-large' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'encoding' } };
  }
  // The separator is guessed on the first lines without blank ones; the file is then read whole, blank lines kept, to count lines.
  const delimiter = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy', preview: 50 }).meta.delimiter;
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  // Each record's line in the file: a quoted line break inside a cell moves the next records down.
  const records: { row: string[]; line: number }[] = [];
  let line = 1;
  for (const row of result.data) {
    const start = line;
    line += 1 + row.reduce((breaks, value) => breaks + (value.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (row.every((value) => value.trim() === '')) continue;
    records.push({ row, line: start });
  }
  const [headerRecord, ...rowRecords] = records;
  const headers = headerRecord?.row;
  const rows = rowRecords.map((record) => record.row);
  if (!headers || headers.every((header) => header.trim() === '')) return { ok: false, error: { code: 'empty' } };
  if (headers.some((header) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(header.trim()))) return { ok: false, error: { code: 'no-header' } };
  if (rows.length === 0) return { ok: false, error: { code: 'empty' } };
  return { ok: true, value: { headers: headers.map((header) => header.trim()), rows, lines: rowRecords.map((record) => record.line), delimiter } };
}

/**
 * Adds the checked people in one transaction, checking the staff numbers
 * again against the database: all of them land, or none. `outside[i]` holds
 * the past evaluations of `drafts[i]` (checked with the rows), recorded as
 * cycles « évalué hors Jalon ».
 */
export async function importPeople(
  db: JalonDb,
  drafts: readonly PersonDraft[],
  outside: readonly (readonly CsvOutsideDraft[])[] = [],
): Promise<Result<number, { code: 'changed-meanwhile' }>> {
  return db.transaction('rw', db.people, async () => {
    const existing = await db.people.toArray();
    const people: Person[] = [];
    const now = nowIso();
    for (const [index, draft] of drafts.entries()) {
      if (validatePersonDraft(draft, [...existing, ...people]).length > 0) return { ok: false, error: { code: 'changed-meanwhile' } } as const;
      const past = (outside[index] ?? []).map((entry) => outsideEvaluationFrom({ ...entry, note: '' }, newId(), now));
      people.push({ ...newPerson(draft, newId(), now), ...(past.length > 0 ? { outsideEvaluations: past } : {}) });
    }
    await db.people.bulkAdd(people);
    return { ok: true, value: people.length } as const;
  });
}
