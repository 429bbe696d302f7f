import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { EMPTY_TEAM_FILTER, type TeamFilter } from '../../../shared/team';
import type { ClassId } from '../../../shared/framework';
import type { AppError } from '../../../shared/result';
import { changedOnlyStorage } from './changed-only-storage';
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

/** Sort and shown columns of the team overview: remembered between sessions. */
export type TeamTablePrefs = { sorting: { id: string; desc: boolean }[]; hiddenColumns: string[] };

type TeamSlice = {
  teamFilter: TeamFilter;
  setTeamFilter: (change: Partial<TeamFilter>) => void;
  teamPrefs: TeamTablePrefs;
  setTeamPrefs: (change: Partial<TeamTablePrefs>) => void;
};

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; error: AppError } | { kind: 'quota' } | { kind: 'locked' };

type SessionSlice = {
  saveState: SaveState;
  setSaveState: (state: SaveState) => void;
  /** Whether the review being edited has a change not written yet (waiting, being written, or failed). */
  saveBusy: boolean;
  setSaveBusy: (busy: boolean) => void;
  /** Whether the browser promised not to evict Jalon's storage (`navigator.storage.persist()`). */
  storagePersisted: boolean | null;
  setStoragePersisted: (persisted: boolean | null) => void;
};

/** A message after an action whose result is not otherwise visible (a deletion), shown on the screen it names. */
export type Notice = { text: string; screen: Route['screen'] };

type NoticeSlice = {
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
};

/** The quick capture of a journal note (issue 16): open or not, and for whom to start. */
type CaptureSlice = {
  capture: { personId: string | null; reviewId: string | null } | null;
  setCapture: (capture: { personId: string | null; reviewId: string | null } | null) => void;
};

export type UiState = NavigationSlice & ReferentielSlice & TeamSlice & SessionSlice & NoticeSlice & CaptureSlice;

/** Puts the route's address in the address bar (and the history), unless it is there already. */
function showAddress(route: Route) {
  const address = formatRoute(route);
  if (window.location.hash !== address) window.location.hash = address;
}

const createNavigationSlice: StateCreator<UiState, [], [], NavigationSlice> = (set, get) => ({
  route: typeof window === 'undefined' ? DEFAULT_ROUTE : parseRoute(window.location.hash),
  navigate: (route) => {
    set({ route });
    if (typeof window === 'undefined') return;
    // The address follows in a microtask of its own, queued after React's: a route changed in an
    // event (a click on a link) is drawn in the microtask `set` has just queued, and changing the
    // address makes Chromium lay out the page it shows (to keep its scroll position in the
    // history). Changed first, that layout was of the screen being left (4–8 ms on a person's
    // page, on the click's path); changed now, it is the new screen's, which its frame needs anyway.
    // Two navigations in one task leave the address of the last.
    queueMicrotask(() => showAddress(get().route));
  },
});

const createReferentielSlice: StateCreator<UiState, [], [], ReferentielSlice> = (set) => ({
  referentielClass: 'C',
  referentielLeadership: false,
  setReferentielClass: (referentielClass) => set({ referentielClass }),
  setReferentielLeadership: (referentielLeadership) => set({ referentielLeadership }),
});

const createTeamSlice: StateCreator<UiState, [], [], TeamSlice> = (set) => ({
  teamFilter: EMPTY_TEAM_FILTER,
  setTeamFilter: (change) => set((state) => ({ teamFilter: { ...state.teamFilter, ...change } })),
  teamPrefs: { sorting: [{ id: 'name', desc: false }], hiddenColumns: [] },
  setTeamPrefs: (change) => set((state) => ({ teamPrefs: { ...state.teamPrefs, ...change } })),
});

const createSessionSlice: StateCreator<UiState, [], [], SessionSlice> = (set) => ({
  saveState: { kind: 'saved' },
  setSaveState: (saveState) => set({ saveState }),
  saveBusy: false,
  setSaveBusy: (saveBusy) => set({ saveBusy }),
  storagePersisted: null,
  setStoragePersisted: (storagePersisted) => set({ storagePersisted }),
});

const createCaptureSlice: StateCreator<UiState, [], [], CaptureSlice> = (set) => ({
  capture: null,
  setCapture: (capture) => set({ capture }),
});

const createNoticeSlice: StateCreator<UiState, [], [], NoticeSlice> = (set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
});

export const useUiStore = create<UiState>()(
  persist(
    (...args) => ({
      ...createNavigationSlice(...args),
      ...createReferentielSlice(...args),
      ...createTeamSlice(...args),
      ...createSessionSlice(...args),
      ...createNoticeSlice(...args),
      ...createCaptureSlice(...args),
    }),
    {
      name: 'jalon-ui',
      version: 1,
      // Only preferences are remembered; the rest is the session's.
      partialize: (state) => ({ teamPrefs: state.teamPrefs }),
      storage: createJSONStorage(() => changedOnlyStorage(() => localStorage)),
    },
  ),
);

const initialState = useUiStore.getState();
/** The address the store's first route was read from. */
const initialHash = typeof window === 'undefined' ? '' : window.location.hash;

/** Puts the store back as it was at start-up (tests). */
export function resetUiStore(): void {
  useUiStore.setState(initialState, true);
}

/** Keeps the route in step with the address bar (back/forward, links). */
export function followLocationHash(): () => void {
  let followed = initialHash;
  const onHashChange = () => {
    if (window.location.hash === followed) return;
    followed = window.location.hash;
    // The address `navigate` has just shown: the route is already there (a new, equal route would
    // draw the screen again).
    if (formatRoute(useUiStore.getState().route) === followed) return;
    useUiStore.setState({ route: parseRoute(followed) });
  };
  window.addEventListener('hashchange', onHashChange);
  // The address may have changed between the store's creation and now (a link opened while the app
  // was still starting): its hashchange fired before anyone listened, so catch up once.
  onHashChange();
  return () => window.removeEventListener('hashchange', onHashChange);
}
