import type { BackupData } from '../../../shared/backup/schema';
import type { PersonDraft } from '../../../shared/people/person';
import { fail, ok, type Result } from '../../../shared/result';
import { toAppError } from './app-error';
import { createBackup, readBackup, restoreBackup, type BackupProgress, type ReadBackupOptions, type RestoreMode, type RestoreResult } from './backup/backup';
import { importPeople } from './csv-import';
import type { CsvOutsideDraft } from '../../../shared/people/csv-rows';
import { db } from './db';
import { keepSafetyBackupOf } from './safety';
import { forgetFirstScreen } from './team-first-screen';

const appVersion = () => import.meta.env['VITE_APP_VERSION'] ?? 'dev';

/** A backup of everything, with the record counts to tell the user. */
export async function createAppBackup(
  passphrase: string | null,
  onProgress: (progress: BackupProgress) => void,
): Promise<Result<{ bytes: Uint8Array<ArrayBuffer>; counts: { people: number; reviews: number } }>> {
  try {
    const bytes = await createBackup(db, { passphrase, appVersion: appVersion(), onProgress });
    return ok({ bytes, counts: { people: await db.people.count(), reviews: await db.reviews.count() } });
  } catch (error) {
    return fail(toAppError(error));
  }
}

export const readAppBackup = (bytes: Uint8Array, passphrase: string | null, options?: ReadBackupOptions) => readBackup(bytes, passphrase, options);

/** Restores checked data, after an automatic backup of what is here now (no safety copy, no restore). */
export async function restoreAppBackup(data: BackupData, mode: RestoreMode): Promise<Result<RestoreResult>> {
  try {
    const kept = await keepSafetyBackupOf(db, 'restore');
    if (!kept.ok) return kept;
    // The team kept for the next start's first frame may name people the restore removes (forgotten before and after).
    forgetFirstScreen();
    const restored = await restoreBackup(db, data, mode);
    forgetFirstScreen();
    return ok(restored);
  } catch (error) {
    return fail(toAppError(error));
  }
}

export const listPeopleForImport = () => db.people.toArray();

/** What a restore that replaces everything would remove: the people and reviews here now. */
export async function currentDataCounts() {
  return { people: await db.people.count(), reviews: await db.reviews.count() };
}

/** Imports checked people, after an automatic backup (no safety copy, no import). */
export async function importCheckedPeople(drafts: PersonDraft[], outside: CsvOutsideDraft[][] = []): Promise<Result<number>> {
  try {
    const kept = await keepSafetyBackupOf(db, 'import');
    if (!kept.ok) return kept;
    return await importPeople(db, drafts, outside);
  } catch (error) {
    return fail(toAppError(error));
  }
}
