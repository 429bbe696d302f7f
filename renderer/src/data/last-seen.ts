/**
 * The last value a live query gave for each of a few keys, newest kept: what
 * a screen shows on its first frame while its own query runs (the person's
 * page has just read the reviews its Progression link opens). The query's
 * answer follows at once and replaces it. Memory only, never stored.
 */
export class LastSeen<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    return this.values.get(key);
  }

  /** Records `value` and hands it back, for use inside a querier. */
  keep(key: string, value: T): T {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value!);
    return value;
  }
}
