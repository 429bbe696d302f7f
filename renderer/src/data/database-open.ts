import { create } from 'zustand';

/**
 * Whether the database is open for the app's reads and writes. When its open
 * takes long (a safety copy before an upgrade, the seal log's completion),
 * startup draws the team's kept first screenful meanwhile (../main.tsx);
 * until `openDatabase` has said yes, nothing may touch the database: Dexie
 * would open it on the first read, at the current schema, before a newer
 * database is refused or an older one backed up. Open by default (the tests,
 * the benchmark's harness): only startup holds it.
 */
const useOpenState = create<{ open: boolean }>(() => ({ open: true }));
let opened: Promise<void> = Promise.resolve();

/** Holds the database closed to the app until the returned release is called (once `openDatabase` succeeded). */
export function holdDatabaseUntilOpen(): () => void {
  let release: () => void = () => undefined;
  opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  useOpenState.setState({ open: false });
  return () => {
    useOpenState.setState({ open: true });
    release();
  };
}

/** Settles when the app may read: at once, unless startup holds the database. */
export const whenDatabaseOpen = (): Promise<void> => opened;

/** Whether the app may read now (screens other than the kept first screenful wait for it). */
export const useDatabaseOpen = (): boolean => useOpenState((state) => state.open);
