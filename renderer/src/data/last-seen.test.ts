import { describe, expect, it } from 'vitest';
import { LastSeen, sameJson } from './last-seen';

describe('LastSeen', () => {
  it('gives back the last value kept for a key, and forgets the least recently kept beyond its capacity', () => {
    const seen = new LastSeen<number>(2);
    expect(seen.keep('a', 1)).toBe(1);
    seen.keep('b', 2);
    seen.keep('a', 3);
    seen.keep('c', 4);
    expect(seen.get('a')).toBe(3);
    expect(seen.get('b')).toBeUndefined();
    expect(seen.get('c')).toBe(4);
  });

  it('hands back the value kept when a new answer has the same content, the new one when anything differs', () => {
    const seen = new LastSeen<{ id: string; ratings: Record<string, { level: number }> }[]>(2);
    const first = seen.keep('p', [{ id: 'r1', ratings: { communiquer: { level: 2 } } }]);
    expect(seen.keep('p', [{ id: 'r1', ratings: { communiquer: { level: 2 } } }])).toBe(first);
    const changed = [{ id: 'r1', ratings: { communiquer: { level: 3 } } }];
    expect(seen.keep('p', changed)).toBe(changed);
    expect(seen.get('p')).toBe(changed);
  });
});

describe('sameJson', () => {
  it('compares records by content, in depth', () => {
    expect(sameJson({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson(Number.NaN, Number.NaN)).toBe(true);
  });

  it('never takes two distinct dates or binary values for the same', () => {
    expect(sameJson(new Date(0), new Date(0))).toBe(false);
    expect(sameJson({ at: new Date(0) }, { at: new Date(0) })).toBe(false);
    expect(sameJson(new Uint8Array([1]), new Uint8Array([1]))).toBe(false);
  });
});
