import type { StateStorage } from 'zustand/middleware';

/**
 * A storage that writes only what differs from what it last read or wrote.
 * zustand's `persist` writes on every `set`, whatever changed: every save
 * state, route and notice would then be a synchronous `localStorage` write on
 * the input path, though only the team table's preferences are remembered.
 */
export function changedOnlyStorage(storage: () => Storage): StateStorage {
  const known = new Map<string, string | null>();
  return {
    getItem: (name) => {
      const value = storage().getItem(name);
      known.set(name, value);
      return value;
    },
    setItem: (name, value) => {
      if (known.get(name) === value) return;
      storage().setItem(name, value);
      known.set(name, value);
    },
    removeItem: (name) => {
      storage().removeItem(name);
      known.set(name, null);
    },
  };
}
