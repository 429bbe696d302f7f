import { describe, expect, it } from 'vitest';
import { holdDatabaseUntilOpen, whenDatabaseOpen } from './database-open';

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('the database held closed to the app while startup opens it', () => {
  it('is open unless startup holds it; a hold keeps every read waiting until its release', async () => {
    expect(await settled(whenDatabaseOpen())).toBe(true);
    const release = holdDatabaseUntilOpen();
    const first = whenDatabaseOpen();
    expect(await settled(first)).toBe(false);
    expect(await settled(whenDatabaseOpen())).toBe(false);
    release();
    expect(await settled(first)).toBe(true);
    expect(await settled(whenDatabaseOpen())).toBe(true);
  });
});
