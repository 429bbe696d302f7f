// The probe the benchmark installs in every app page before the app's own scripts
// (Playwright's addInitScript): end points after paint, input start times, write
// completions and long tasks, all read inside the page on its own clock.
// This function is serialised into the page: it may use only the page's globals.
export function probe() {
  if (location.pathname.startsWith('/bench/')) return;

  /** Resolves with the time just after the current frame has been painted: a message posted from a frame callback. */
  const afterPaint = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  /**
   * Checks `predicate` in each frame callback (before that frame's style, layout and paint);
   * the first frame in which it holds paints it, and the time is taken after that paint.
   */
  const whenPainted = (predicate, timeout = 60_000) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const check = () => {
        let ok;
        try {
          ok = Boolean(predicate());
        } catch {
          ok = false; // not there yet
        }
        if (ok) void afterPaint().then(resolve);
        else if (performance.now() - start > timeout) reject(new Error(`not painted within ${timeout} ms: ${predicate}`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  // Every readwrite transaction's completion, with its stores.
  const writes = [];
  const waiters = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(stores, mode, options) {
    const created = original.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      const names = [...created.objectStoreNames];
      created.addEventListener('complete', () => {
        const entry = { at: performance.now(), stores: names };
        writes.push(entry);
        for (const waiter of [...waiters]) waiter(entry);
      });
    }
    return created;
  };
  /** The first readwrite transaction over `store` to complete after `since`. */
  const writeAfter = (store, since, timeout = 10_000) =>
    new Promise((resolve, reject) => {
      const found = writes.find((entry) => entry.at >= since && entry.stores.includes(store));
      if (found) return resolve(found.at);
      const waiter = (entry) => {
        if (entry.at < since || !entry.stores.includes(store)) return;
        waiters.splice(waiters.indexOf(waiter), 1);
        clearTimeout(timer);
        resolve(entry.at);
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`no write to ${store} within ${timeout} ms`));
      }, timeout);
      waiters.push(waiter);
    });

  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: none reported.
  }

  /**
   * Arms one measurement: the next real input event of `type` (its timeStamp is when the
   * browser received it) to the paint of each predicate's frame, and optionally to the
   * next write to `store`. Resolves with { painted: [ms…], persisted: ms | null }.
   */
  const arm = (type, predicates, store = null) =>
    new Promise((resolve, reject) => {
      window.addEventListener(
        type,
        (event) => {
          const start = event.timeStamp;
          Promise.all([
            Promise.all(predicates.map((predicate) => whenPainted(predicate))),
            store ? writeAfter(store, start) : Promise.resolve(null),
          ]).then(([painted, persisted]) => resolve({ painted: painted.map((at) => at - start), persisted: persisted === null ? null : persisted - start }), reject);
        },
        { capture: true, once: true },
      );
    });

  const rowCount = () => {
    const table = document.querySelector('.team-table');
    return table ? Number(table.getAttribute('aria-rowcount')) - 1 : 0;
  };

  // The first rows painted (from the first screenful kept by the last start, when there is one)…
  const team = location.hash.startsWith('#/equipe');
  const loaded = team ? whenPainted(() => document.querySelector('.team-table .row-link, .empty-state')) : null;
  // …and the whole team read and drawn (the table no longer busy).
  const complete = team ? whenPainted(() => document.querySelector('.team-table[aria-busy="false"] .row-link, .empty-state')) : null;
  window.__jalonBench = { afterPaint, whenPainted, arm, writes, writeAfter, longTasks, rowCount, loaded, complete, armed: null };
}
