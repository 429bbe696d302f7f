import { describe, expect, it } from 'vitest';
import { sealLogFindings, sealLogMessage, type LoggedReview, type SealLogEntry } from './seal-log';

const hash = (c: string) => c.repeat(64);
const review = (over: Partial<LoggedReview> = {}): LoggedReview => ({
  id: 'r1',
  personId: 'p1',
  status: 'finalisee',
  contentHash: hash('a'),
  cycleStart: '2025-01-01',
  cycleEnd: '2025-12-31',
  ...over,
});
const entry = (over: Partial<SealLogEntry> = {}): SealLogEntry => ({
  seq: 1,
  kind: 'finalisee',
  reviewId: 'r1',
  personId: 'p1',
  cycleIndex: 0,
  cycleStart: '2025-01-01',
  cycleEnd: '2025-12-31',
  contentHash: hash('a'),
  at: '2026-01-10T10:00:00.000Z',
  mac: hash('f'),
  ...over,
});
const held = (e: SealLogEntry, macOk = true) => ({ entry: e, macOk });

describe('sealLogFindings', () => {
  it('finds nothing when every logged review is there, finalised, with its logged hash', () => {
    expect(sealLogFindings([review(), review({ id: 'r2', status: 'brouillon', contentHash: null })], [held(entry())], true)).toEqual([]);
  });

  it('names a finalised review that was deleted, with the person and cycle the log recorded', () => {
    expect(sealLogFindings([], [held(entry())], true)).toEqual([{ reviewId: 'r1', personId: 'p1', cycleStart: '2025-01-01', cycleEnd: '2025-12-31', parts: ['removed'] }]);
  });

  it('names a review set back to brouillon or prête', () => {
    expect(sealLogFindings([review({ status: 'brouillon' })], [held(entry())], true)[0]!.parts).toEqual(['status']);
    expect(sealLogFindings([review({ status: 'prete', contentHash: null })], [held(entry())], true)[0]!.parts).toEqual(['status', 'content']);
  });

  it('names a review rewritten with a recomputed hash', () => {
    expect(sealLogFindings([review({ contentHash: hash('b') })], [held(entry())], true)[0]!.parts).toEqual(['content']);
  });

  it('reads the latest entry that holds: a restore after finalisation records the hash in force', () => {
    const entries = [held(entry()), held(entry({ seq: 2, kind: 'restauree', contentHash: hash('b') }))];
    expect(sealLogFindings([review({ contentHash: hash('b') })], entries, true)).toEqual([]);
  });

  it('names a log entry whose HMAC does not hold, and ignores it as a reference', () => {
    const entries = [held(entry()), held(entry({ seq: 2, contentHash: hash('b') }), false)];
    expect(sealLogFindings([review({ contentHash: hash('b') })], entries, true)[0]!.parts).toEqual(['content', 'seal-log']);
  });

  it('names a finalised review that was never logged, once the log is complete', () => {
    expect(sealLogFindings([review()], [], true)[0]!.parts).toEqual(['unlogged']);
    expect(sealLogFindings([review()], [], false)).toEqual([]);
  });

  it('takes the HMAC over every field but the key: another hash, person or date is another message', () => {
    const base = entry();
    expect(sealLogMessage(base)).toBe(sealLogMessage({ ...base, seq: 9, mac: hash('0') } as SealLogEntry));
    expect(sealLogMessage({ ...base, contentHash: hash('b') })).not.toBe(sealLogMessage(base));
    expect(sealLogMessage({ ...base, personId: 'p2' })).not.toBe(sealLogMessage(base));
    expect(sealLogMessage({ ...base, at: '2026-01-11T10:00:00.000Z' })).not.toBe(sealLogMessage(base));
  });
});
