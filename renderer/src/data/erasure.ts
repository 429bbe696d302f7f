import type { SafetyBackupInfo } from '../../../shared/ipc';
import { fail, ok, type Result } from '../../../shared/result';
import { toAppError } from './app-error';
import { platform } from '../platform';
import type { JalonDb } from './db';
import { deletePersonEverywhere } from './deletion-repo';
import { forgetFirstScreen } from './team-first-screen';

/**
 * The automatic safety copies that hold a person (their id appears in the
 * copy, once decrypted). A copy that cannot be read (its at-rest key gone,
 * changed on disk, passphrase-encrypted, damaged) is counted as holding
 * them: erasure must not leave them behind on a guess.
 */
export async function safetyCopiesHolding(personId: string): Promise<Result<SafetyBackupInfo[]>> {
  // The backup format loads only when a person is erased (it is not startup code).
  const { readBackupHeader } = await import('./backup/backup');
  const listed = await platform.listSafetyBackups();
  if (!listed.ok) return listed;
  const holding: SafetyBackupInfo[] = [];
  for (const copy of listed.value) {
    const read = await platform.readSafetyBackup(copy.id);
    // A copy that cannot be opened (its key gone, changed on disk) cannot be checked: it goes too.
    if (!read.ok) {
      holding.push(copy);
      continue;
    }
    const bytes = read.value;
    const container = readBackupHeader(bytes);
    const holds =
      !container.ok || container.value.header.encryption !== null || new TextDecoder().decode(container.value.payload).includes(JSON.stringify(personId));
    if (holds) holding.push(copy);
  }
  return ok(holding);
}

/**
 * Erases a person: every record of theirs in the database (one transaction),
 * then every automatic safety copy that holds them. Returns the copies
 * removed and those that could not be (to say which). When the copies cannot
 * even be listed, nothing is erased (the erasure would be incomplete unseen).
 * The team's first screenful kept for the next start (localStorage) is
 * forgotten before and after: it may name them.
 */
export async function erasePerson(db: JalonDb, personId: string): Promise<Result<{ removedCopies: SafetyBackupInfo[]; leftCopies: SafetyBackupInfo[] }>> {
  const holding = await safetyCopiesHolding(personId);
  if (!holding.ok) return holding;
  forgetFirstScreen();
  try {
    await deletePersonEverywhere(db, personId);
  } catch (error) {
    return fail(toAppError(error));
  }
  // Again once erased: a team screen open meanwhile (another tab) may have kept them since.
  forgetFirstScreen();
  const removedCopies: SafetyBackupInfo[] = [];
  const leftCopies: SafetyBackupInfo[] = [];
  for (const copy of holding.value) ((await platform.removeSafetyBackup(copy.id)).ok ? removedCopies : leftCopies).push(copy);
  return ok({ removedCopies, leftCopies });
}
