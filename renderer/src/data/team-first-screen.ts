import type { IsoDate } from '../../../shared/dates';
import { firstScreenRecord } from '../../../shared/records/schema';
import type { FirstScreen } from '../../../shared/team-dashboard';

/**
 * Where the team screen's first screenful (`firstScreenOf`) is kept for the
 * next start: this profile's localStorage, beside the database. Only the
 * first team screen after a start uses it (later, it would show the team as
 * it was before the edits just made). Erasing a person, restoring a backup
 * and removing the example forget it (`forgetFirstScreen`), so that nobody
 * erased is shown again, even for a moment. What cannot be read back (its
 * shape is `firstScreenRecord`) is ignored and removed.
 */
export const FIRST_SCREEN_KEY = 'jalon.team.firstScreen';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function rememberFirstScreen(screen: FirstScreen): void {
  try {
    storage()?.setItem(FIRST_SCREEN_KEY, JSON.stringify(screen));
  } catch {
    // Storage full or refused: the next start reads the team first, as without it.
  }
}

export function forgetFirstScreen(): void {
  try {
    storage()?.removeItem(FIRST_SCREEN_KEY);
  } catch {
    // Nothing kept to forget.
  }
}

/** The last kept text read and what it parsed to (`null`: unreadable), so that the same text is checked once (startup reads it, then the team screen's first render). */
let checked: { text: string; screen: FirstScreen | null } | null = null;

/** The kept text's shape checked (`firstScreenRecord`), once per text; an unreadable one is removed. */
function checkedScreen(text: string): FirstScreen | null {
  if (checked?.text !== text) {
    let parsed: ReturnType<typeof firstScreenRecord.safeParse> | null = null;
    try {
      parsed = firstScreenRecord.safeParse(JSON.parse(text));
    } catch {
      // Not JSON: as unreadable as a wrong shape.
    }
    checked = { text, screen: parsed?.success ? parsed.data : null };
  }
  if (checked.screen === null) forgetFirstScreen();
  return checked.screen;
}

function keptText(): string | null {
  try {
    return storage()?.getItem(FIRST_SCREEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The screenful kept for this day and order, or `null` (none, another day or order, or unreadable: then removed). */
export function readFirstScreen(today: IsoDate, sorting: string): FirstScreen | null {
  const text = keptText();
  const screen = text === null ? null : checkedScreen(text);
  return screen !== null && screen.today === today && screen.sorting === sorting && screen.rows.length > 0 ? screen : null;
}
