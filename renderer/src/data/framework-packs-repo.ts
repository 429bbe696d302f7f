import { useLiveQuery } from 'dexie-react-hooks';
import { CURRENT_FRAMEWORK } from '../../../shared/framework';
import { packRecord, parsePack, readStoredPack, type FrameworkPack, type PackResult } from '../../../shared/framework/pack';
import { builtInTextSets, type FrameworkTextSet } from '../../../shared/framework/texts';
import { db, type JalonDb } from './db';

/** Packs live in the settings table (one row each), so backups and restores carry them like any setting. */
const PREFIX = 'framework-pack:';

/** The imported packs, newest first; a stored row that is not a valid pack for this framework is left out. */
export async function listPacks(database: JalonDb = db): Promise<FrameworkPack[]> {
  const rows = await database.settings.where('key').startsWith(PREFIX).toArray();
  return rows
    .map((row) => readStoredPack(row.value, CURRENT_FRAMEWORK))
    .filter((pack): pack is FrameworkPack => pack !== null)
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/**
 * Checks a pack file and stores it, in one transaction with the duplicate
 * check; a refused pack changes nothing.
 */
export async function importPack(text: string, database: JalonDb = db, now = new Date()): Promise<PackResult> {
  const parsed = parsePack(text, CURRENT_FRAMEWORK, { id: crypto.randomUUID(), importedAt: now.toISOString() });
  if (!parsed.ok) return parsed;
  const pack = parsed.value;
  return database.transaction('rw', database.settings, async (): Promise<PackResult> => {
    const existing = await listPacks(database);
    if (existing.some((other) => other.language === pack.language && other.source === pack.source && other.version === pack.version)) {
      return { ok: false, error: { code: 'duplicate' } };
    }
    await database.settings.put({ key: PREFIX + pack.id, value: packRecord(pack) });
    return parsed;
  });
}

export async function removePack(id: string, database: JalonDb = db): Promise<void> {
  await database.settings.delete(PREFIX + id);
}

/** The imported packs; `undefined` while loading. */
export function usePacks(): FrameworkPack[] | undefined {
  return useLiveQuery(() => listPacks(), []);
}

/** Every text set to resolve framework texts from: imported packs (newest first), then those built in. */
export function textSetsWith(packs: readonly FrameworkPack[]): FrameworkTextSet[] {
  return [...packs, ...builtInTextSets(CURRENT_FRAMEWORK)];
}
