import { newNote, validateNoteDraft, type NoteDraft, type NoteError } from '../../../shared/journal/note';
import { changeStatus, newAction, validateActionDraft, type ActionDraft, type ActionError, type ActionStatus, type StatusChangeError } from '../../../shared/plan/plan';
import type { Review } from '../../../shared/reviews/review';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

/** Adds a note to the journal once the draft is valid (and its person exists). */
export async function addJournalNote(db: JalonDb, draft: NoteDraft, today: string): Promise<{ ok: true; id: string } | { ok: false; errors: NoteError[] }> {
  const errors = validateNoteDraft(draft, today);
  if (errors.length > 0) return { ok: false, errors };
  return db.transaction('rw', db.people, db.journalNotes, async () => {
    if (!(await db.people.get(draft.personId))) return { ok: false as const, errors: ['person-missing' as const] };
    const note = newNote(draft, newId(), nowIso());
    await db.journalNotes.add(note);
    return { ok: true as const, id: note.id };
  });
}

export async function removeJournalNote(db: JalonDb, id: string): Promise<void> {
  await db.journalNotes.delete(id);
}

/** Adds development actions drawn from a review (ready or finalised), all or none. */
export async function addPlanActions(
  db: JalonDb,
  review: Pick<Review, 'id' | 'personId' | 'cycleIndex' | 'profile'>,
  drafts: readonly ActionDraft[],
  today: string,
): Promise<{ ok: true; ids: string[] } | { ok: false; index: number; errors: ActionError[] }> {
  for (const [index, draft] of drafts.entries()) {
    const errors = validateActionDraft(draft, review);
    if (errors.length > 0) return { ok: false, index, errors };
  }
  const now = nowIso();
  const actions = drafts.map((draft) => newAction(review, draft, newId(), today, now));
  await db.planActions.bulkAdd(actions);
  return { ok: true, ids: actions.map((action) => action.id) };
}

/** A new status for an action, dated, with a comment. */
export async function setPlanActionStatus(
  db: JalonDb,
  id: string,
  change: { status: ActionStatus; date: string; comment: string },
  today: string,
): Promise<{ ok: true } | { ok: false; error: StatusChangeError | 'not-found' }> {
  return db.transaction('rw', db.planActions, async () => {
    const action = await db.planActions.get(id);
    if (!action) return { ok: false as const, error: 'not-found' as const };
    const changed = changeStatus(action, change, today, nowIso());
    if (!changed.ok) return changed;
    await db.planActions.put(changed.action);
    return { ok: true as const };
  });
}
