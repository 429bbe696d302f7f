import { describe, expect, it } from 'vitest';
import { cycleAt } from '../cycles';
import { newReview, type Review } from './review';
import { changedParts, entryMessage, factsFromChain, sealedContentText, type Seal, type SealEntry } from './seal';

const base = (): Review => ({
  ...newReview({
    id: 'r',
    person: { id: 'p', classHistory: [{ classId: 'C', from: '2020-01-01' }], limitedLeadership: false },
    cycle: cycleAt('2025-01-01', 0),
    classId: 'C',
    now: '2025-12-01T09:00:00.000Z',
  }),
  status: 'remise',
  contentHash: 'c'.repeat(64),
  finalisedAt: '2026-01-10T10:00:00.000Z',
  handedOverOn: '2026-01-12',
  audit: [
    { status: 'brouillon', at: '2025-12-01T09:00:00.000Z' },
    { status: 'finalisee', at: '2026-01-10T10:00:00.000Z' },
    { status: 'remise', at: '2026-01-12T08:00:00.000Z', date: '2026-01-12' },
  ],
});

const entry = (kind: SealEntry['kind'], at: string, facts: Record<string, unknown>, prev: string | null, hash: string): SealEntry => ({
  kind,
  at,
  facts,
  prev,
  hash,
  mac: 'm'.repeat(64),
});

const seal: Seal = {
  version: 2,
  chain: [
    entry('finalisee', '2026-01-10T10:00:00.000Z', { contentHash: 'c'.repeat(64), finalisedAt: '2026-01-10T10:00:00.000Z' }, null, '1'.repeat(64)),
    entry('remise', '2026-01-12T08:00:00.000Z', { handedOverOn: '2026-01-12' }, '1'.repeat(64), '2'.repeat(64)),
  ],
};
const allHold = { contentHash: 'c'.repeat(64), entries: [{ hashOk: true, macOk: true }, { hashOk: true, macOk: true }] };

describe('the seal rules', () => {
  it('seals every field but the workflow ones, so a field added later is sealed by default', () => {
    const review = base();
    expect(sealedContentText({ ...review, status: 'cloturee', addenda: [], updatedAt: 'x' })).toBe(sealedContentText(review));
    expect(sealedContentText({ ...review, evaluatorName: 'Sophie' } as Review)).not.toBe(sealedContentText(review));
  });

  it('an entry’s message holds its kind, time, facts and the previous hash', () => {
    const message = entryMessage(seal.chain[1]!);
    expect(message).toContain('2026-01-12');
    expect(message).toContain('1'.repeat(64));
    expect(entryMessage({ ...seal.chain[1]!, prev: '3'.repeat(64) })).not.toBe(message);
  });

  it('reads the workflow facts back from the chain', () => {
    expect(factsFromChain(seal.chain)).toMatchObject({ status: 'remise', handedOverOn: '2026-01-12', contentHash: 'c'.repeat(64) });
  });

  it('finds nothing changed on an intact review', () => {
    expect(changedParts(base(), seal, allHold)).toEqual([]);
  });

  it('names each part that differs', () => {
    expect(changedParts(base(), seal, { ...allHold, contentHash: 'd'.repeat(64) })).toEqual(['content']);
    expect(changedParts({ ...base(), handedOverOn: '2026-01-13' }, seal, allHold)).toEqual(['hand-over-date']);
    expect(changedParts({ ...base(), status: 'finalisee' }, seal, allHold)).toEqual(['status']);
    expect(changedParts({ ...base(), employeeComment: 'x' }, seal, allHold)).toEqual(['comment']);
    expect(changedParts(base(), seal, { ...allHold, entries: [{ hashOk: true, macOk: true }, { hashOk: true, macOk: false }] })).toEqual(['trail']);
    expect(changedParts(base(), { ...seal, chain: [seal.chain[0]!, { ...seal.chain[1]!, prev: null }] }, allHold)).toEqual(['trail']);
    expect(changedParts({ ...base(), audit: base().audit.slice(0, 2) }, seal, allHold)).toEqual(['trail']);
  });
});
