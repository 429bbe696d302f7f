/*
 * Where the team's first screenful is kept for the next start
 * (./team-first-screen.ts), and the look startup takes at it before the rest
 * of its script runs (../start-early.ts). No imports: that look comes first.
 */

export const FIRST_SCREEN_KEY = 'jalon.team.firstScreen';

/** Whether a screenful kept on `today` is there (its shape is checked when it is drawn). */
export function keptOn(today: string): boolean {
  try {
    const text = globalThis.localStorage?.getItem(FIRST_SCREEN_KEY);
    return typeof text === 'string' && (JSON.parse(text) as { today?: unknown } | null)?.today === today;
  } catch {
    // Refused storage, or not JSON: nothing to draw first.
    return false;
  }
}
