/**
 * Writes the latest value of something being edited, one write at a time,
 * without ever starving: a change waits for a pause (`delayMs`), but never
 * longer than `maxWaitMs` after the oldest change not yet written, so steady
 * typing is still written every `maxWaitMs`. Changes that arrive while a
 * write runs are coalesced into the next one (only the latest value is
 * written, in order). A failed write (one that answers `{ ok: false, error }`
 * or throws) keeps the value, is reported, and is retried; an error the
 * caller calls fatal (a review locked meanwhile) stops the queue. Pure: the timers are injected, nothing here knows the browser.
 */

export type SaveQueueState =
  /** Everything is written. */
  | { kind: 'saved' }
  /** Changes wait for a pause in typing (or the maximum wait). */
  | { kind: 'pending' }
  /** A write is running. */
  | { kind: 'saving' }
  /** The last write failed; the value is kept and retried in `retryInMs`. */
  | { kind: 'failed'; error: unknown; attempt: number; retryInMs: number }
  /** A fatal error: nothing more is written. */
  | { kind: 'stopped'; error: unknown };

export type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export type SaveQueueOptions<T> = {
  /** Writes a value; a refusal answers `{ ok: false, error }` (its `error` is what `isFatal` and the states see). */
  write: (value: T) => Promise<void | { ok: true } | { ok: false; error: unknown }>;
  /** How long a pause in changes must be before they are written. */
  delayMs: number;
  /** The longest a change may wait, however steadily changes keep coming. */
  maxWaitMs: number;
  /** Delay before retrying after the `attempt`-th failure in a row (1, 2, …). */
  retryDelayMs?: (attempt: number) => number;
  /** An error after which retrying is pointless. */
  isFatal?: (error: unknown) => boolean;
  onState?: (state: SaveQueueState) => void;
  timers?: Timers;
  /**
   * When a choice (`immediate`) is written: `afterPaint` calls back once the
   * change it made is on screen, so that the write's own work does not delay
   * that frame. Without it, at once.
   */
  afterPaint?: (callback: () => void) => void;
};

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** 1 s, 2 s, 4 s … up to 30 s. */
export const defaultRetryDelay = (attempt: number): number => Math.min(30_000, 1_000 * 2 ** (attempt - 1));

/** A write's own refusal, carried out of the `try` to be handled like a thrown error. */
class Refused {
  constructor(readonly error: unknown) {}
}

export class SaveQueue<T> {
  private latest: { value: T } | null = null;
  private dirty = false;
  private stopped = false;
  private attempt = 0;
  private debounce: unknown = undefined;
  private maxWait: unknown = undefined;
  private retry: unknown = undefined;
  private running: Promise<boolean> | null = null;
  private startAfterPaint = false;
  private current: SaveQueueState = { kind: 'saved' };
  private readonly timers: Timers;

  constructor(private readonly options: SaveQueueOptions<T>) {
    this.timers = options.timers ?? defaultTimers;
  }

  get state(): SaveQueueState {
    return this.current;
  }

  /** Whether something is not written yet (waiting, being written, or failed). */
  get hasUnsaved(): boolean {
    return this.dirty || this.running !== null;
  }

  /**
   * Records the latest value. `immediate`: write it now (a choice, not typing).
   * Otherwise it is written after a pause of `delayMs`, or `maxWaitMs` after the
   * oldest change not yet written, whichever comes first.
   */
  change(value: T, options?: { immediate?: boolean }): void {
    if (this.stopped) return;
    this.latest = { value };
    this.dirty = true;
    // Said at once, whether the write starts now or after a pause: nothing unwritten is ever shown as saved.
    if (this.running === null && this.current.kind !== 'failed') this.setState({ kind: 'pending' });
    if (options?.immediate) {
      const { afterPaint } = this.options;
      if (!afterPaint) {
        void this.flush();
        return;
      }
      // Timed writes are superseded: this one starts after the frame (or sooner, when `flush` is called).
      this.clearTimers();
      if (this.startAfterPaint) return;
      this.startAfterPaint = true;
      afterPaint(() => {
        if (!this.startAfterPaint || this.stopped) return;
        void this.flush();
      });
      return;
    }
    if (this.debounce !== undefined) this.timers.clearTimeout(this.debounce);
    this.debounce = this.timers.setTimeout(() => {
      this.debounce = undefined;
      void this.flush();
    }, this.options.delayMs);
    if (this.maxWait === undefined) {
      this.maxWait = this.timers.setTimeout(() => {
        this.maxWait = undefined;
        void this.flush();
      }, this.options.maxWaitMs);
    }
  }

  /**
   * Writes what is pending now (leaving the page, hiding it, a workflow step).
   * Resolves `true` once every change made before the call is written, `false`
   * when a write failed (it stays pending and is retried) or the queue stopped.
   */
  flush(): Promise<boolean> {
    this.clearTimers();
    this.startAfterPaint = false;
    if (this.running === null) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Stops the timers; what is pending stays pending (call `flush` first to write it). */
  dispose(): void {
    this.clearTimers();
    this.startAfterPaint = false;
    this.stopped = true;
  }

  private async drain(): Promise<boolean> {
    while (this.dirty && this.latest && !this.stopped) {
      const { value } = this.latest;
      this.dirty = false;
      this.setState({ kind: 'saving' });
      try {
        const written = await this.options.write(value);
        if (written && !written.ok) throw new Refused(written.error);
        this.attempt = 0;
      } catch (thrown) {
        const error = thrown instanceof Refused ? thrown.error : thrown;
        this.dirty = true;
        if (this.options.isFatal?.(error)) {
          this.stopped = true;
          this.clearTimers();
          this.setState({ kind: 'stopped', error });
          return false;
        }
        this.attempt += 1;
        const retryInMs = (this.options.retryDelayMs ?? defaultRetryDelay)(this.attempt);
        this.retry = this.timers.setTimeout(() => {
          this.retry = undefined;
          void this.flush();
        }, retryInMs);
        this.setState({ kind: 'failed', error, attempt: this.attempt, retryInMs });
        return false;
      }
    }
    if (this.stopped) return !this.dirty;
    this.setState({ kind: 'saved' });
    return true;
  }

  private clearTimers(): void {
    for (const handle of [this.debounce, this.maxWait, this.retry]) {
      if (handle !== undefined) this.timers.clearTimeout(handle);
    }
    this.debounce = this.maxWait = this.retry = undefined;
  }

  private setState(state: SaveQueueState): void {
    this.current = state;
    this.options.onState?.(state);
  }
}
