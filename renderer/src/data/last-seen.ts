/**
 * The last value a live query gave for each of a few keys, newest kept: what
 * a screen shows on its first frame while its own query runs (the person's
 * page has just read the reviews its Progression link opens). The query's
 * answer follows at once and replaces it. Memory only, never stored.
 *
 * An answer with the same content as the value kept is handed back as the
 * value kept: the screen drawn from it is then not drawn again (nor its chart
 * rebuilt) for the same data in new arrays.
 */
export class LastSeen<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    return this.values.get(key);
  }

  /** Records `value` and hands it back (or the value kept, when it has the same content), for use inside a querier. */
  keep(key: string, value: T): T {
    const kept = this.values.get(key);
    if (kept !== undefined && sameJson(kept, value)) value = kept;
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value!);
    return value;
  }
}

/**
 * Whether two records read from the database hold the same data: plain objects,
 * arrays and primitives compared by content; anything else (a Date, a Blob)
 * only by identity, so that it never passes for unchanged when it is not.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
