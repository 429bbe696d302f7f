import type { AppError } from '../../../shared/result';
import { PlatformError } from '../platform/types';
import { ReviewLockedError } from './review-lock';

/** Whether an error is the browser refusing to store more (disk or quota full). */
export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}

/**
 * The stable error of something thrown (a storage failure, the platform, a
 * bug): a full disk, a locked review, the platform's own code, or
 * `unexpected`. The technical text goes to the console, never to the screen.
 */
export function toAppError(thrown: unknown): AppError {
  if (isQuotaError(thrown)) return { code: 'disk-full' };
  if (thrown instanceof ReviewLockedError) return { code: 'review-locked' };
  if (thrown instanceof PlatformError) return { code: thrown.code };
  console.warn('Jalon: unexpected failure', thrown);
  return { code: 'unexpected' };
}
