import type { SafetyBackupInfo } from '../../../shared/ipc';
import { platform } from '../platform';
import { fail, ok, type Result } from '../../../shared/result';
import { toAppError } from './app-error';
import type { JalonDb } from './db';

/**
 * Takes an automatic backup of everything as it is now, kept apart from the
 * data (safety net). A copy that could not be taken or kept says why: what
 * needed it (a restore, an import) then does not go ahead.
 */
export async function keepSafetyBackupOf(db: JalonDb, reason: SafetyBackupInfo['reason']): Promise<Result<null>> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // The backup code (dexie-export-import, zod) loads only when a backup is taken.
    const { createBackup } = await import('./backup/backup');
    bytes = await createBackup(db, { passphrase: null, appVersion: import.meta.env['VITE_APP_VERSION'] ?? 'dev' });
  } catch (error) {
    return fail(toAppError(error));
  }
  const kept = await platform.keepSafetyBackup(bytes, reason);
  return kept.ok ? ok(null) : kept;
}
