import type { BackupData } from '../../../shared/backup/schema';
import type { PersonDraft } from '../../../shared/people/person';
import { createBackup, readBackup, restoreBackup, type BackupProgress, type ReadBackupOptions, type RestoreMode } from './backup/backup';
import { importPeople } from './csv-import';
import type { CsvOutsideDraft } from '../../../shared/people/csv-rows';
import { db } from './db';
import { keepSafetyBackupOf } from './safety';

const appVersion = () => import.meta.env['VITE_APP_VERSION'] ?? 'dev';

/** A backup of everything, with the record counts to tell the user. */
export async function createAppBackup(passphrase: string | null, onProgress: (progress: BackupProgress) => void) {
  const bytes = await createBackup(db, { passphrase, appVersion: appVersion(), onProgress });
  return { bytes, counts: { people: await db.people.count(), reviews: await db.reviews.count() } };
}

export const readAppBackup = (bytes: Uint8Array, passphrase: string | null, options?: ReadBackupOptions) => readBackup(bytes, passphrase, options);

/** Restores checked data, after an automatic backup of what is here now. */
export async function restoreAppBackup(data: BackupData, mode: RestoreMode) {
  await keepSafetyBackupOf(db, 'restore');
  return restoreBackup(db, data, mode);
}

export const listPeopleForImport = () => db.people.toArray();

/** What a restore that replaces everything would remove: the people and reviews here now. */
export async function currentDataCounts() {
  return { people: await db.people.count(), reviews: await db.reviews.count() };
}

/** Imports checked people, after an automatic backup. */
export async function importCheckedPeople(drafts: PersonDraft[], outside: CsvOutsideDraft[][] = []) {
  await keepSafetyBackupOf(db, 'import');
  return importPeople(db, drafts, outside);
}
