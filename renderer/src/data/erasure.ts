import type { SafetyBackupInfo } from '../../../shared/ipc';
import { platform } from '../platform';
import type { JalonDb } from './db';
import { deletePersonEverywhere } from './deletion-repo';

/**
 * The automatic safety copies that hold a person (their id appears in the
 * copy, once decrypted). A copy that cannot be read (its at-rest key gone,
 * changed on disk, passphrase-encrypted, damaged) is counted as holding
 * them: erasure must not leave them behind on a guess.
 */
export async function safetyCopiesHolding(personId: string): Promise<SafetyBackupInfo[]> {
  // The backup format loads only when a person is erased (it is not startup code).
  const { readBackupHeader } = await import('./backup/backup');
  const holding: SafetyBackupInfo[] = [];
  for (const copy of await platform.listSafetyBackups()) {
    let bytes: Uint8Array;
    try {
      bytes = await platform.readSafetyBackup(copy.id);
    } catch {
      // A copy that cannot be opened (its key gone, changed on disk) cannot be checked: it goes too.
      holding.push(copy);
      continue;
    }
    const container = readBackupHeader(bytes);
    const holds =
      !container.ok || container.value.header.encryption !== null || new TextDecoder().decode(container.value.payload).includes(JSON.stringify(personId));
    if (holds) holding.push(copy);
  }
  return holding;
}

/**
 * Erases a person: every record of theirs in the database (one transaction),
 * then every automatic safety copy that holds them. Returns the copies
 * removed, to say which.
 */
export async function erasePerson(db: JalonDb, personId: string): Promise<{ removedCopies: SafetyBackupInfo[] }> {
  const holding = await safetyCopiesHolding(personId);
  await deletePersonEverywhere(db, personId);
  for (const copy of holding) await platform.removeSafetyBackup(copy.id);
  return { removedCopies: holding };
}
