import { create, type StateCreator } from 'zustand';
import type { ClassId } from '../../../shared/framework';
import { DEFAULT_ROUTE, formatRoute, parseRoute, type Route } from './routes';

/** UI and session state only: what is on screen. Data lives in the database. */
type NavigationSlice = {
  route: Route;
  navigate: (route: Route) => void;
};

type ReferentielSlice = {
  referentielClass: ClassId;
  referentielLeadership: boolean;
  setReferentielClass: (classId: ClassId) => void;
  setReferentielLeadership: (limitedLeadership: boolean) => void;
};

type TeamSlice = {
  teamQuery: string;
  showArchived: boolean;
  setTeamQuery: (query: string) => void;
  setShowArchived: (show: boolean) => void;
};

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'locked' };

type SessionSlice = {
  saveState: SaveState;
  setSaveState: (state: SaveState) => void;
  /** Whether the browser promised not to evict Jalon's storage (`navigator.storage.persist()`). */
  storagePersisted: boolean | null;
  setStoragePersisted: (persisted: boolean | null) => void;
};

export type UiState = NavigationSlice & ReferentielSlice & TeamSlice & SessionSlice;

const createNavigationSlice: StateCreator<UiState, [], [], NavigationSlice> = (set) => ({
  route: typeof window === 'undefined' ? DEFAULT_ROUTE : parseRoute(window.location.hash),
  navigate: (route) => {
    if (typeof window !== 'undefined' && window.location.hash !== formatRoute(route)) {
      window.location.hash = formatRoute(route);
    }
    set({ route });
  },
});

const createReferentielSlice: StateCreator<UiState, [], [], ReferentielSlice> = (set) => ({
  referentielClass: 'C',
  referentielLeadership: false,
  setReferentielClass: (referentielClass) => set({ referentielClass }),
  setReferentielLeadership: (referentielLeadership) => set({ referentielLeadership }),
});

const createTeamSlice: StateCreator<UiState, [], [], TeamSlice> = (set) => ({
  teamQuery: '',
  showArchived: false,
  setTeamQuery: (teamQuery) => set({ teamQuery }),
  setShowArchived: (showArchived) => set({ showArchived }),
});

const createSessionSlice: StateCreator<UiState, [], [], SessionSlice> = (set) => ({
  saveState: { kind: 'saved' },
  setSaveState: (saveState) => set({ saveState }),
  storagePersisted: null,
  setStoragePersisted: (storagePersisted) => set({ storagePersisted }),
});

export const useUiStore = create<UiState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createReferentielSlice(...args),
  ...createTeamSlice(...args),
  ...createSessionSlice(...args),
}));

const initialState = useUiStore.getState();

/** Puts the store back as it was at start-up (tests). */
export function resetUiStore(): void {
  useUiStore.setState(initialState, true);
}

/** Keeps the route in step with the address bar (back/forward, links). */
export function followLocationHash(): () => void {
  const onHashChange = () => useUiStore.setState({ route: parseRoute(window.location.hash) });
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
