import { describe, expect, it } from 'vitest';
import { LastSeen } from './last-seen';

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
});
