import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveQueueState } from './save-queue';

/** A store that records what was written and when (fake time), and can be made to fail or to hang. */
function fakeStore() {
  const written: { value: string; at: number }[] = [];
  let failures: unknown[] = [];
  let gate: Promise<void> | null = null;
  return {
    written,
    values: () => written.map((entry) => entry.value),
    failNext: (...errors: unknown[]) => {
      failures = errors;
    },
    /** Holds the next writes until `release` is called. */
    hold: () => {
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    write: async (value: string) => {
      if (gate) await gate;
      const error = failures.shift();
      if (error !== undefined) throw error;
      written.push({ value, at: Date.now() });
    },
  };
}

class Locked extends Error {}

function queueOver(store: ReturnType<typeof fakeStore>, states: SaveQueueState[] = []) {
  return new SaveQueue<string>({
    write: store.write,
    delayMs: 300,
    maxWaitMs: 500,
    retryDelayMs: () => 1_000,
    isFatal: (error) => error instanceof Locked,
    onState: (state) => states.push(state),
  });
}

describe('save queue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes after a pause in typing, once, with the latest text (coalescing)', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    queue.change('a');
    await vi.advanceTimersByTimeAsync(100);
    queue.change('ab');
    await vi.advanceTimersByTimeAsync(100);
    queue.change('abc');
    expect(store.values()).toEqual([]);
    await vi.advanceTimersByTimeAsync(299);
    expect(store.values()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.values()).toEqual(['abc']);
    expect(queue.state).toEqual({ kind: 'saved' });
  });

  it('never starves: steady typing is written at least every 500 ms (maximum wait)', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    // One key every 120 ms for 3 s: the 300 ms pause never comes.
    let text = '';
    for (let key = 0; key < 25; key += 1) {
      text += String.fromCharCode(97 + (key % 26));
      queue.change(text);
      await vi.advanceTimersByTimeAsync(120);
    }
    const times = store.written.map((entry) => entry.at);
    expect(times.length).toBeGreaterThanOrEqual(5);
    // The first change came at 0: written by 500; each later write within 500 ms (+ one key) of the previous.
    expect(times[0]).toBeLessThanOrEqual(500);
    times.slice(1).forEach((at, index) => expect(at - times[index]!).toBeLessThanOrEqual(620));
    // Whatever was typed more than 620 ms before the end is stored.
    expect(text.startsWith(store.values().at(-1)!)).toBe(true);
    expect(text.length - store.values().at(-1)!.length).toBeLessThanOrEqual(6);
  });

  it('keeps writes in order and one at a time; changes during a write go in the next one', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    const release = store.hold();
    queue.change('first', { immediate: true });
    queue.change('second');
    queue.change('third', { immediate: true });
    expect(queue.hasUnsaved).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.values()).toEqual(['first', 'third']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.values()).toEqual(['first', 'third']);
    expect(queue.hasUnsaved).toBe(false);
  });

  it('a choice written at once is said pending before its write starts, and saved only once written', async () => {
    const store = fakeStore();
    const states: SaveQueueState[] = [];
    const queue = queueOver(store, states);
    const release = store.hold();
    queue.change('rated 2', { immediate: true });
    // What is drawn with the choice, before the write is done, never says « saved ».
    expect(states.map((state) => state.kind)).toEqual(['pending', 'saving']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.values()).toEqual(['rated 2']);
    expect(states.map((state) => state.kind)).toEqual(['pending', 'saving', 'saved']);
  });

  it('flush (page hidden, unload, route change) writes at once without waiting for the timers', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    queue.change('typed just before leaving');
    const done = queue.flush();
    await expect(done).resolves.toBe(true);
    expect(store.written).toEqual([{ value: 'typed just before leaving', at: 0 }]);
    // The timers were cancelled: nothing is written twice.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.values()).toEqual(['typed just before leaving']);
  });

  it('flush during a write resolves once the changes made before it are written too', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    const release = store.hold();
    queue.change('one', { immediate: true });
    queue.change('two');
    const done = queue.flush();
    release();
    await expect(done).resolves.toBe(true);
    expect(store.values()).toEqual(['one', 'two']);
  });

  it('a failed write is reported, kept, and retried; a later success says saved', async () => {
    const store = fakeStore();
    const states: SaveQueueState[] = [];
    const queue = queueOver(store, states);
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    store.failNext(quota);
    queue.change('kept');
    await expect(queue.flush()).resolves.toBe(false);
    expect(queue.state).toEqual({ kind: 'failed', error: quota, attempt: 1, retryInMs: 1_000 });
    expect(queue.hasUnsaved).toBe(true);
    expect(store.values()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.values()).toEqual(['kept']);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(queue.hasUnsaved).toBe(false);
  });

  it('a failure followed by new typing writes the newest text, not the failed one', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    store.failNext(new Error('disk'), new Error('disk'));
    queue.change('a', { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    queue.change('ab');
    await vi.advanceTimersByTimeAsync(300);
    expect(queue.state.kind).toBe('failed');
    expect(queue.state).toMatchObject({ attempt: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.values()).toEqual(['ab']);
  });

  it('a fatal error (review locked meanwhile) stops the queue: no retry, later changes ignored', async () => {
    const store = fakeStore();
    const queue = queueOver(store);
    const locked = new Locked();
    store.failNext(locked);
    queue.change('x', { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.state).toEqual({ kind: 'stopped', error: locked });
    queue.change('y');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.values()).toEqual([]);
  });

  it('a write that answers { ok: false, error } is a failure like a thrown one: fatal stops, other kept and retried (issue 11)', async () => {
    const refusals: unknown[] = [{ code: 'disk-full' }, { code: 'review-locked' }];
    const written: string[] = [];
    const queue = new SaveQueue<string>({
      write: async (value) => {
        const refusal = refusals.shift();
        if (refusal) return { ok: false, error: refusal };
        written.push(value);
        return { ok: true };
      },
      delayMs: 300,
      maxWaitMs: 500,
      retryDelayMs: () => 1_000,
      isFatal: (error) => (error as { code: string }).code === 'review-locked',
    });
    queue.change('x', { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.state).toEqual({ kind: 'failed', error: { code: 'disk-full' }, attempt: 1, retryInMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queue.state).toEqual({ kind: 'stopped', error: { code: 'review-locked' } });
    expect(queue.hasUnsaved).toBe(true);
    expect(written).toEqual([]);
  });

  describe('a choice written after the frame that shows it (afterPaint)', () => {
    /** A queue whose frames are painted by hand: `paint()` runs what waited for the next one. */
    function paintedQueue(store: ReturnType<typeof fakeStore>, states: SaveQueueState[] = []) {
      let waiting: (() => void)[] = [];
      const queue = new SaveQueue<string>({
        write: store.write,
        delayMs: 300,
        maxWaitMs: 500,
        onState: (state) => states.push(state),
        afterPaint: (callback) => waiting.push(callback),
      });
      const paint = async () => {
        const due = waiting;
        waiting = [];
        for (const callback of due) callback();
        await vi.advanceTimersByTimeAsync(0);
      };
      return { queue, paint, frames: () => waiting.length };
    }

    it('is said pending at once, written once the frame is painted, and never earlier', async () => {
      const store = fakeStore();
      const states: SaveQueueState[] = [];
      const { queue, paint } = paintedQueue(store, states);
      queue.change('rated 2', { immediate: true });
      expect(states.map((state) => state.kind)).toEqual(['pending']);
      expect(queue.hasUnsaved).toBe(true);
      // No timer writes it meanwhile, however long the frame takes.
      await vi.advanceTimersByTimeAsync(5_000);
      expect(store.values()).toEqual([]);
      await paint();
      expect(store.values()).toEqual(['rated 2']);
      expect(states.map((state) => state.kind)).toEqual(['pending', 'saving', 'saved']);
    });

    it('several choices before the frame are one write of the last, and typing before them is not written apart', async () => {
      const store = fakeStore();
      const { queue, paint, frames } = paintedQueue(store);
      queue.change('typed');
      queue.change('rated 1', { immediate: true });
      queue.change('rated 2', { immediate: true });
      expect(frames()).toBe(1);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(store.values()).toEqual([]);
      await paint();
      expect(store.values()).toEqual(['rated 2']);
    });

    it('a flush before the frame (page hidden, unload) writes at once; the frame then writes nothing twice', async () => {
      const store = fakeStore();
      const { queue, paint } = paintedQueue(store);
      queue.change('rated 2', { immediate: true });
      await expect(queue.flush()).resolves.toBe(true);
      expect(store.values()).toEqual(['rated 2']);
      await paint();
      expect(store.values()).toEqual(['rated 2']);
      expect(queue.state).toEqual({ kind: 'saved' });
    });

    it('a queue disposed before the frame writes nothing then', async () => {
      const store = fakeStore();
      const { queue, paint } = paintedQueue(store);
      queue.change('rated 2', { immediate: true });
      queue.dispose();
      await paint();
      expect(store.values()).toEqual([]);
      expect(queue.hasUnsaved).toBe(true);
    });
  });
});
