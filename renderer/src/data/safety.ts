import type { SafetyBackupInfo } from '../../../shared/ipc';
import { platform } from '../platform';
import type { JalonDb } from './db';

/** Takes an automatic backup of everything as it is now, kept apart from the data (safety net). */
export async function keepSafetyBackupOf(db: JalonDb, reason: SafetyBackupInfo['reason']): Promise<void> {
  // The backup code (dexie-export-import, zod) loads only when a backup is taken.
  const { createBackup } = await import('./backup/backup');
  const bytes = await createBackup(db, { passphrase: null, appVersion: import.meta.env['VITE_APP_VERSION'] ?? 'dev' });
  await platform.keepSafetyBackup(bytes, reason);
}
