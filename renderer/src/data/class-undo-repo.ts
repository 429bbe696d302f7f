import { lastClassChangeUndoable, withoutLastClassChange } from '../../../shared/people/class-undo';
import type { Result } from '../../../shared/result';
import type { JalonDb } from './db';
import { nowIso } from './ids';

/**
 * Undoes a person's last class change, in one transaction, only while no
 * review is judged against it (checked again here, not only on screen).
 */
export async function undoLastClassChange(db: JalonDb, personId: string): Promise<Result<null, { code: 'not-undoable' | 'person-not-found' }>> {
  return db.transaction('rw', db.people, db.reviews, async () => {
    const person = await db.people.get(personId);
    if (!person) return { ok: false, error: { code: 'person-not-found' } };
    const reviews = await db.reviews.where('personId').equals(personId).toArray();
    if (!lastClassChangeUndoable(person, reviews)) return { ok: false, error: { code: 'not-undoable' } };
    await db.people.update(personId, { classHistory: withoutLastClassChange(person.classHistory), updatedAt: nowIso() });
    return { ok: true, value: null };
  });
}
