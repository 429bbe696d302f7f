import { todayIso } from '../../../shared/dates';
import type { PersonDraft } from '../../../shared/people/person';
import { fail, ok, type AppError, type Result } from '../../../shared/result';
import { toAppError, type ThrownCode } from './app-error';
import { db } from './db';
import { deletionSummary } from './deletion-repo';
import { erasePerson, safetyCopiesHolding } from './erasure';
import { loadExampleTeam, removeExampleTeam } from './example-repo';
import { undoLastClassChange } from './class-undo-repo';
import { verifyAllReviews } from './integrity-report';
import { addJournalNote, addPlanActions, removeJournalNote, setPlanActionStatus } from './journal-repo';
import type { NoteDraft } from '../../../shared/journal/note';
import type { ActionDraft, ActionStatus } from '../../../shared/plan/plan';
import type { Review } from '../../../shared/reviews/review';
import { changeClass, createPerson, setArchived, updatePerson } from './people-repo';
import { forgetFirstScreen } from './team-first-screen';
import { saveProfile } from './settings-repo';
import { saveAppealSettings, saveCalendar } from './legal-settings-repo';
import type { EvaluatorProfile } from '../../../shared/settings';
import type { AppealSettings } from '../../../shared/appeal';
import type { CalendarSettings } from '../../../shared/calendar';
import { addOutsideEvaluation, removeOutsideEvaluation } from './outside-repo';
import { addFollowUp, addInterview, addRemediation } from './interim-repo';
import type { FollowUpDraft, InterviewDraft, RemediationDraft } from '../../../shared/people/interim';
import type { OutsideDraft } from '../../../shared/people/outside';
import {
  acknowledgeReview,
  addReviewAddendum,
  closeReview,
  finaliseReview,
  handOverReview,
  startReview,
  verifyReview,
} from './reviews-repo';

/**
 * The one boundary where what a repository throws (storage full or gone, a
 * bug) becomes the result shape: a call that answers a result keeps it, its
 * thrown failures come back as `{ ok: false, error }` too.
 */
const guarded =
  <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R | { ok: false; error: AppError<ThrownCode> }> => {
    try {
      return await run(...args);
    } catch (error) {
      return fail(toAppError(error));
    }
  };

/** The same boundary for a call that answers a bare value: its value comes back as `{ ok: true, value }`. */
const attempted =
  <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<Result<R>> => {
    try {
      return ok(await run(...args));
    } catch (error) {
      return fail(toAppError(error));
    }
  };

/** The repositories bound to the app's database: what screens call to change data, each answering the one result shape. */
export const addPerson = guarded((draft: PersonDraft) => createPerson(db, draft));
export const editPerson = guarded((id: string, draft: PersonDraft) => updatePerson(db, id, draft));
export const promotePerson = guarded((id: string, change: { classId: string; from: string }) => changeClass(db, id, change));
export const undoPromotion = guarded((id: string) => undoLastClassChange(db, id));
export const recordOutsideEvaluation = guarded((personId: string, draft: OutsideDraft) => addOutsideEvaluation(db, personId, draft, todayIso()));
export const forgetOutsideEvaluation = attempted((personId: string, entryId: string) => removeOutsideEvaluation(db, personId, entryId));
export const recordInterview = guarded((personId: string, draft: InterviewDraft) => addInterview(db, personId, draft, todayIso()));
export const recordRemediation = guarded((personId: string, reviewId: string, draft: RemediationDraft) => addRemediation(db, personId, reviewId, draft));
export const recordFollowUp = guarded((personId: string, remediationId: string, draft: FollowUpDraft) => addFollowUp(db, personId, remediationId, draft, todayIso()));
export const archivePerson = attempted((id: string, archived: boolean) => setArchived(db, id, archived));
export const openReview = guarded((personId: string, cycleIndex: number) => startReview(db, personId, cycleIndex, todayIso()));
export const finalise = guarded((reviewId: string) => finaliseReview(db, reviewId));
export const recordHandOver = guarded((reviewId: string, date: string) => handOverReview(db, reviewId, date, todayIso()));
export const recordAcknowledgement = guarded((reviewId: string, date: string, comment: string) => acknowledgeReview(db, reviewId, date, comment, todayIso()));
export const closeFile = guarded((reviewId: string) => closeReview(db, reviewId));
export const addAddendum = guarded((reviewId: string, addendum: { date: string; reason: string; text: string }) => addReviewAddendum(db, reviewId, addendum));
export const checkIntegrity = attempted((reviewId: string) => verifyReview(db, reviewId));
export const checkAllIntegrity = attempted((onProgress?: (done: number, total: number) => void) => verifyAllReviews(db, onProgress));
export const loadExample = attempted(() => loadExampleTeam(db, todayIso()));
export const removeExample = attempted(async () => {
  // The team kept for the next start names example people: forgotten before and after.
  forgetFirstScreen();
  const removed = await removeExampleTeam(db);
  forgetFirstScreen();
  return removed;
});
/** What erasing a person would remove, the safety copies that hold them included (none to list: the failure says why). */
export const personDeletionSummary = guarded(async (personId: string) => {
  const summary = await deletionSummary(db, personId);
  if (!summary) return ok(null);
  const holding = await safetyCopiesHolding(personId);
  return holding.ok ? ok({ ...summary, safetyCopies: holding.value.length }) : holding;
});
export const deletePerson = guarded((personId: string) => erasePerson(db, personId));
export const saveNote = guarded((draft: NoteDraft) => addJournalNote(db, draft, todayIso()));
export const deleteNote = attempted((id: string) => removeJournalNote(db, id));
export const savePlanActions = guarded((review: Pick<Review, 'id' | 'personId' | 'cycleIndex' | 'profile'>, drafts: readonly ActionDraft[]) => addPlanActions(db, review, drafts, todayIso()));
export const savePlanStatus = guarded((id: string, change: { status: ActionStatus; date: string; comment: string }) => setPlanActionStatus(db, id, change, todayIso()));
/** Paramètres: the evaluator's profile, the appeal notice and the calendar, each written whole or not at all. */
export const saveEvaluatorProfile = guarded((profile: EvaluatorProfile) => saveProfile(profile, db));
export const saveAppealNotice = guarded((settings: AppealSettings) => saveAppealSettings(settings, db));
export const saveCalendarSettings = attempted((calendar: CalendarSettings) => saveCalendar(calendar, db));
/** The person a review is about (`null` when there is no such review). */
export const personOfReview = attempted(async (reviewId: string) => (await db.reviews.get(reviewId))?.personId ?? null);
