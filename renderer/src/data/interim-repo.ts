import {
  followUpFrom,
  interviewFrom,
  remediationFrom,
  validateFollowUp,
  validateInterview,
  validateRemediation,
  type FollowUpDraft,
  type FollowUpField,
  type InterimError,
  type InterviewDraft,
  type InterviewField,
  type RemediationDraft,
  type RemediationField,
} from '../../../shared/people/interim';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

export type InterimResult<F extends string> = { ok: true } | { ok: false; errors: InterimError<F>[] };

/** Records an entretien de fonctionnement or the first planification: checked and written in one transaction. */
export async function addInterview(db: JalonDb, personId: string, draft: InterviewDraft, today: string): Promise<InterimResult<InterviewField>> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(personId);
    if (!person) throw new Error(`No person ${personId}`);
    const errors = validateInterview(person, draft, today);
    if (errors.length > 0) return { ok: false, errors };
    const now = nowIso();
    await db.people.update(personId, { interviews: [...(person.interviews ?? []), interviewFrom(draft, newId, now)], updatedAt: now });
    return { ok: true };
  });
}

/** Records the remediation period that follows a finalised « insuffisant ». */
export async function addRemediation(db: JalonDb, personId: string, reviewId: string, draft: RemediationDraft): Promise<InterimResult<RemediationField>> {
  return db.transaction('rw', db.people, db.reviews, async () => {
    const person = await db.people.get(personId);
    const review = await db.reviews.get(reviewId);
    if (!person || !review || review.personId !== personId) throw new Error(`No review ${reviewId} for ${personId}`);
    const errors = validateRemediation(person, review, draft);
    if (errors.length > 0) return { ok: false, errors };
    const now = nowIso();
    await db.people.update(personId, { remediations: [...(person.remediations ?? []), remediationFrom(reviewId, draft, newId, now)], updatedAt: now });
    return { ok: true };
  });
}

/** Records the follow-up evaluation that closes a remediation period, with its report. */
export async function addFollowUp(db: JalonDb, personId: string, remediationId: string, draft: FollowUpDraft, today: string): Promise<InterimResult<FollowUpField>> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(personId);
    const remediation = person?.remediations?.find((entry) => entry.id === remediationId);
    if (!person || !remediation) throw new Error(`No remediation ${remediationId}`);
    const errors = validateFollowUp(remediation, draft, today);
    if (errors.length > 0) return { ok: false, errors };
    const now = nowIso();
    const followUp = followUpFrom(draft, now);
    await db.people.update(personId, {
      remediations: (person.remediations ?? []).map((entry) => (entry.id === remediationId ? { ...entry, followUp } : entry)),
      updatedAt: now,
    });
    return { ok: true };
  });
}
