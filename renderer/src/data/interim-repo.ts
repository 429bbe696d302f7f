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
import type { Result } from '../../../shared/result';
import type { JalonDb } from './db';
import { newId, nowIso } from './ids';

/** Recorded, or the fields to correct, or the person (review, remediation period) no longer there. */
export type InterimResult<F extends string> = Result<null, { code: 'invalid-fields'; fields: InterimError<F>[] } | { code: 'person-not-found' | 'review-not-found' }>;

/** Records an entretien de fonctionnement or the first planification: checked and written in one transaction. */
export async function addInterview(db: JalonDb, personId: string, draft: InterviewDraft, today: string): Promise<InterimResult<InterviewField>> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(personId);
    if (!person) return { ok: false, error: { code: 'person-not-found' } };
    const errors = validateInterview(person, draft, today);
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    const now = nowIso();
    await db.people.update(personId, { interviews: [...(person.interviews ?? []), interviewFrom(draft, newId, now)], updatedAt: now });
    return { ok: true, value: null };
  });
}

/** Records the remediation period that follows a finalised « insuffisant ». */
export async function addRemediation(db: JalonDb, personId: string, reviewId: string, draft: RemediationDraft): Promise<InterimResult<RemediationField>> {
  return db.transaction('rw', db.people, db.reviews, async () => {
    const person = await db.people.get(personId);
    const review = await db.reviews.get(reviewId);
    if (!person) return { ok: false, error: { code: 'person-not-found' } };
    if (!review || review.personId !== personId) return { ok: false, error: { code: 'review-not-found' } };
    const errors = validateRemediation(person, review, draft);
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    const now = nowIso();
    await db.people.update(personId, { remediations: [...(person.remediations ?? []), remediationFrom(reviewId, draft, newId, now)], updatedAt: now });
    return { ok: true, value: null };
  });
}

/** Records the follow-up evaluation that closes a remediation period, with its report. */
export async function addFollowUp(db: JalonDb, personId: string, remediationId: string, draft: FollowUpDraft, today: string): Promise<InterimResult<FollowUpField>> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(personId);
    const remediation = person?.remediations?.find((entry) => entry.id === remediationId);
    if (!person || !remediation) return { ok: false, error: { code: 'person-not-found' } };
    const errors = validateFollowUp(remediation, draft, today);
    if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
    const now = nowIso();
    const followUp = followUpFrom(draft, now);
    await db.people.update(personId, {
      remediations: (person.remediations ?? []).map((entry) => (entry.id === remediationId ? { ...entry, followUp } : entry)),
      updatedAt: now,
    });
    return { ok: true, value: null };
  });
}
