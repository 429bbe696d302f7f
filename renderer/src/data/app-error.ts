import type { AppError } from '../../../shared/result';
import { ReviewLockedError } from './review-lock';

/**
 * The codes a thrown failure can come back as: storage, platform and bugs,
 * never an input's own code (an operation answers those itself), so that a
 * caller still tells `invalid-fields` and its details apart.
 */
export type ThrownCode = 'disk-full' | 'review-locked' | 'platform-failed' | 'unexpected';

/**
 * A failure with a stable code that must abort what is under way (a Dexie
 * transaction, a seal being computed) and is turned back into the result
 * shape by {@link toAppError} where the operation answers. Not for the
 * platform bridge, whose calls answer the result shape themselves.
 */
export class CodedFailure extends Error {
  override readonly name = 'CodedFailure';
  constructor(readonly code: ThrownCode) {
    super(code);
  }
}

/** Whether an error is the browser refusing to store more (disk or quota full). */
export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}

/**
 * The stable error of something thrown (a storage failure, the platform, a
 * bug): a full disk, a locked review, a coded failure, or
 * `unexpected`. The technical text goes to the console, never to the screen.
 */
export function toAppError(thrown: unknown): AppError<ThrownCode> {
  if (isQuotaError(thrown)) return { code: 'disk-full' };
  if (thrown instanceof ReviewLockedError) return { code: 'review-locked' };
  if (thrown instanceof CodedFailure) return { code: thrown.code };
  console.warn('Jalon: unexpected failure', thrown);
  return { code: 'unexpected' };
}
