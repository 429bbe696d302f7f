import { isIsoDate, type IsoDate } from '../dates';
import type { Result } from '../result';
import { appealDeadline, DEFAULT_CALENDAR, type CalendarSettings } from '../calendar';
import { isLocked, readyCheck, type Addendum, type MissingItem, type Review } from './review';

export type WorkflowError =
  | { code: 'missing'; missing: MissingItem[] }
  | { code: 'wrong-status' }
  | { code: 'invalid-date' }
  | { code: 'date-before'; after: IsoDate }
  | { code: 'date-in-future' }
  | { code: 'reason-required' }
  | { code: 'text-required' }
  | { code: 'not-locked' };

/** A workflow step: the review as it becomes, or why not. */
export type WorkflowResult = Result<Review, WorkflowError>;

const fail = (error: WorkflowError): WorkflowResult => ({ ok: false, error });

/**
 * prête (or a complete brouillon) → finalisée: the content locks and its hash
 * is recorded. Refused, with what is missing, for an incomplete review.
 */
export function finalise(review: Review, now: string, contentHash: string): WorkflowResult {
  if (review.status !== 'brouillon' && review.status !== 'prete') return fail({ code: 'wrong-status' });
  const missing = readyCheck(review);
  if (missing.length > 0) return fail({ code: 'missing', missing });
  const audit = [...review.audit];
  if (review.status === 'brouillon') audit.push({ status: 'prete', at: now });
  audit.push({ status: 'finalisee', at: now });
  return { ok: true, value: { ...review, status: 'finalisee', contentHash, finalisedAt: now, audit, updatedAt: now } };
}

/** finalisée → remise: the report was handed to the employee on `date` (not before finalisation, not in the future). */
export function handOver(review: Review, date: string, today: IsoDate, now: string): WorkflowResult {
  if (review.status !== 'finalisee') return fail({ code: 'wrong-status' });
  if (!isIsoDate(date)) return fail({ code: 'invalid-date' });
  const finalisedOn = (review.finalisedAt ?? now).slice(0, 10);
  if (date < finalisedOn) return fail({ code: 'date-before', after: finalisedOn });
  if (date > today) return fail({ code: 'date-in-future' });
  return {
    ok: true,
    value: { ...review, status: 'remise', handedOverOn: date, audit: [...review.audit, { status: 'remise', at: now, date }], updatedAt: now },
  };
}

/** remise → signée: the employee acknowledged receipt on `date`, with an optional comment. */
export function acknowledge(review: Review, date: string, comment: string, today: IsoDate, now: string): WorkflowResult {
  if (review.status !== 'remise' || !review.handedOverOn) return fail({ code: 'wrong-status' });
  if (!isIsoDate(date)) return fail({ code: 'invalid-date' });
  if (date < review.handedOverOn) return fail({ code: 'date-before', after: review.handedOverOn });
  if (date > today) return fail({ code: 'date-in-future' });
  return {
    ok: true,
    value: {
      ...review,
      status: 'signee',
      acknowledgedOn: date,
      employeeComment: comment.trim(),
      audit: [...review.audit, { status: 'signee', at: now, date }],
      updatedAt: now,
    },
  };
}

/** signée → clôturée. */
export function close(review: Review, now: string): WorkflowResult {
  if (review.status !== 'signee') return fail({ code: 'wrong-status' });
  return { ok: true, value: { ...review, status: 'cloturee', audit: [...review.audit, { status: 'cloturee', at: now }], updatedAt: now } };
}

/** A correction to a locked review: dated, with a reason; the original content stays intact. */
export function addAddendum(review: Review, addendum: Omit<Addendum, 'at'>, now: string): WorkflowResult {
  if (!isLocked(review.status)) return fail({ code: 'not-locked' });
  if (!isIsoDate(addendum.date)) return fail({ code: 'invalid-date' });
  if (addendum.reason.trim() === '') return fail({ code: 'reason-required' });
  if (addendum.text.trim() === '') return fail({ code: 'text-required' });
  const entry: Addendum = { ...addendum, reason: addendum.reason.trim(), text: addendum.text.trim(), at: now };
  return { ok: true, value: { ...review, addenda: [...review.addenda, entry], updatedAt: now } };
}

/** The last day for an appeal, once the report has been handed over, over the organisation's calendar. */
export function reviewAppealDeadline(review: Pick<Review, 'handedOverOn'>, calendar: CalendarSettings = DEFAULT_CALENDAR): IsoDate | null {
  return review.handedOverOn ? appealDeadline(review.handedOverOn, calendar) : null;
}
