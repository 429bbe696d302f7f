import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../../shared/result';
import { CodedFailure, toAppError } from '../data/app-error';
import { ReviewLockedError } from '../data/review-lock';
import { errorMessage } from './error-message';

/**
 * Issue 11: inside the renderer, an English technical message never reaches
 * the screen. What is thrown becomes a stable code (toAppError) and a code a
 * French message (errorMessage); no screen shows a thrown error's own text.
 */
const SOURCE = fileURLToPath(new URL('..', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('no English technical text on screen', () => {
  it('a thrown error comes back as its stable code only, its text kept for the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(toAppError(new Error('ENOSPC: no space left on device, write'))).toEqual({ code: 'unexpected' });
    expect(toAppError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toEqual({ code: 'unexpected' });
    expect(toAppError(new DOMException('Quota exceeded', 'QuotaExceededError'))).toEqual({ code: 'disk-full' });
    expect(toAppError(new ReviewLockedError('r1', 'replaced'))).toEqual({ code: 'review-locked' });
    expect(toAppError(new CodedFailure('platform-failed'))).toEqual({ code: 'platform-failed' });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('every code reads in French, with no English word of a technical message', () => {
    for (const code of ERROR_CODES) {
      expect(errorMessage({ code }), code).not.toMatch(/\b(error|failed|exception|undefined|null|not found|invalid|quota|ENOSPC|DOMException)\b/i);
    }
  });

  it('no screen or data module puts a thrown error’s own text into what it shows', () => {
    // `error.message`, `String(error)`, `${error}` of something caught: only the console may see them (`t(`plan.errors.${error}`)` names a key, not a text).
    const risky = /\b(error|err|failure|thrown|cause|reason)\)?\.message\b|String\((error|err|failure|thrown|cause)\)|(?<!\.)\$\{(error|err|failure|thrown|cause)\}/;
    const offending = sources(SOURCE).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${path.relative(SOURCE, file)}:${index + 1}` }))
        .filter(({ line }) => risky.test(line) && !/console\.(warn|error|info|debug)/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
