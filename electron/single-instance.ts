/** The part of a window a second launch brings forward. */
export type FocusableWindow = {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/** Brings the window forward: restored if minimized, shown if hidden, focused. */
export function focusWindow(window: FocusableWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

type SingleInstanceApp = {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
};

/**
 * One Jalon at a time: two instances would be two writers on one IndexedDB.
 * Returns false (and quits) when another instance holds the lock; that one is
 * told, and brings its window forward.
 */
export function claimSingleInstance(app: SingleInstanceApp, mainWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(mainWindow()));
  return true;
}
