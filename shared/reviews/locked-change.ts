import type { Review } from './review';
import { isLocked, REVIEW_STATUSES } from './basics';

/**
 * The fields of a review that record what happened to it after finalisation
 * (the workflow), and may still change on a locked review under the rules
 * below. Every other field, present or future, is content: frozen once the
 * review is finalised. An explicit list of what may change, so that a field
 * added later is frozen by default.
 */
export const WORKFLOW_FIELDS = [
  'status',
  'audit',
  'contentHash',
  'finalisedAt',
  'handedOverOn',
  'acknowledgedOn',
  'employeeComment',
  'addenda',
  'updatedAt',
  'seal',
] as const;
export type WorkflowField = (typeof WORKFLOW_FIELDS)[number];

/** Which part of a locked review a write would change against the rules. */
export type LockedPart = 'content' | 'status' | 'hash' | 'hand-over' | 'acknowledgement' | 'comment' | 'addenda' | 'audit' | 'seal';

/** Same JSON whatever the key order; `undefined` members left out. */
export function stableJson(value: unknown): string {
  const stable = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(stable);
    if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .filter((key) => record[key] !== undefined)
          .map((key) => [key, stable(record[key])]),
      );
    }
    return item;
  };
  return JSON.stringify(stable(value));
}

/** Every field of the review that is not a workflow field, as one stable string. */
export function frozenContent(review: Review): string {
  const content: Record<string, unknown> = { ...review };
  for (const field of WORKFLOW_FIELDS) delete content[field];
  return stableJson(content);
}

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
/** `next` keeps every entry of `old`, unchanged and in order, and may add more after them. */
const appendedTo = (old: readonly unknown[], next: readonly unknown[] | undefined) =>
  next !== undefined && next.length >= old.length && old.every((entry, index) => same(entry, next[index]));
/** Set once: unchanged, or from empty to a value. */
const setOnce = (old: unknown, next: unknown) => same(old, next) || ((old === null || old === undefined || old === '') && next !== undefined);

/**
 * What a write would break if `old` (stored, locked) became `next`: `null`
 * when it is one of the steps the workflow allows (status forward, a
 * hand-over or acknowledgement date set once, the employee's comment given
 * with the acknowledgement, addenda, audit entries and seal entries appended,
 * never rewritten). The content, the hash and the finalisation time never
 * change.
 */
export function lockedChangeViolation(old: Review, next: Review): LockedPart | null {
  if (!isLocked(old.status)) return null;
  if (frozenContent(old) !== frozenContent(next)) return 'content';
  if (!REVIEW_STATUSES.includes(next.status) || REVIEW_STATUSES.indexOf(next.status) < REVIEW_STATUSES.indexOf(old.status)) return 'status';
  if (old.contentHash !== next.contentHash || old.finalisedAt !== next.finalisedAt) return 'hash';
  if (!setOnce(old.handedOverOn, next.handedOverOn)) return 'hand-over';
  if (!setOnce(old.acknowledgedOn, next.acknowledgedOn)) return 'acknowledgement';
  // The comment comes with the acknowledgement, once.
  if (!same(old.employeeComment, next.employeeComment) && !(old.acknowledgedOn === null && next.acknowledgedOn !== null && (old.employeeComment ?? '') === '')) {
    return 'comment';
  }
  if (!appendedTo(old.addenda, next.addenda)) return 'addenda';
  if (!appendedTo(old.audit, next.audit)) return 'audit';
  const oldSeal = (old as { seal?: { chain?: unknown[] } }).seal;
  const nextSeal = (next as { seal?: { chain?: unknown[] } }).seal;
  if (oldSeal !== undefined) {
    if (nextSeal === undefined || !same({ ...oldSeal, chain: undefined }, { ...nextSeal, chain: undefined })) return 'seal';
    if (!appendedTo(oldSeal.chain ?? [], nextSeal.chain ?? [])) return 'seal';
  }
  return null;
}
