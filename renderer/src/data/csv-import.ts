import Papa from 'papaparse';
import { newPerson, validatePersonDraft, type Person, type PersonDraft } from '../../../shared/people/person';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type ParsedCsv = { ok: true; headers: string[]; rows: string[][]; delimiter: string } | { ok: false; code: 'encoding' | 'empty' | 'no-header' | 'too-large' };

/**
 * Reads an HR export: UTF-8 with or without BOM (anything else is refused,
 * never guessed), semicolons (Belgian Excel) or commas, quoted fields.
 */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, code: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, code: 'encoding' };
  }
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const [headers, ...rows] = result.data;
  if (!headers || headers.every((header) => header.trim() === '')) return { ok: false, code: 'empty' };
  if (headers.some((header) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(header.trim()))) return { ok: false, code: 'no-header' };
  if (rows.length === 0) return { ok: false, code: 'empty' };
  return { ok: true, headers: headers.map((header) => header.trim()), rows, delimiter: result.meta.delimiter };
}

/**
 * Adds the checked people in one transaction, checking the staff numbers
 * again against the database: all of them land, or none.
 */
export async function importPeople(db: JalonDb, drafts: readonly PersonDraft[]): Promise<{ ok: true; count: number } | { ok: false; code: 'changed-meanwhile' }> {
  return db.transaction('rw', db.people, async () => {
    const existing = await db.people.toArray();
    const people: Person[] = [];
    const now = nowIso();
    for (const draft of drafts) {
      if (validatePersonDraft(draft, [...existing, ...people]).length > 0) return { ok: false, code: 'changed-meanwhile' } as const;
      people.push(newPerson(draft, newId(), now));
    }
    await db.people.bulkAdd(people);
    return { ok: true, count: people.length } as const;
  });
}
