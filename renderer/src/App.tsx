import { Suspense, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { lazyScreen } from './lazy-screen';
import { ScreenBoundary } from './ScreenBoundary';
import { useTranslation, withScreenTexts } from './i18n';
import { UnreadableRowsNotice } from './components/UnreadableRowsNotice';
import { useDatabaseOpen } from './data/database-open';
import { platform } from './platform';
import { TeamScreen } from './screens/TeamScreen';
import { NoticeBanner } from './components/NoticeBanner';
import { SkipLink } from './components/SkipLink';
import { CaptureButton, CaptureHost } from './screens/journal/CaptureHost';
import { followLocationHash, useUiStore } from './store';
import { formatRoute, parseRoute, sectionOf, type Route } from './store/routes';

/**
 * Startup needs the team screen only: every other screen (and what it alone
 * uses: backups, CSV, the chart library, the print view) is its own chunk,
 * loaded when first shown, with the French texts startup did not load
 * (../i18n/fr-screens.ts).
 */
const DataScreen = lazyScreen(() => withScreenTexts(() => import('./screens/DataScreen')), 'DataScreen');
const HeatmapScreen = lazyScreen(() => withScreenTexts(() => import('./screens/HeatmapScreen')), 'HeatmapScreen');
const CalibrationScreen = lazyScreen(() => withScreenTexts(() => import('./screens/CalibrationScreen')), 'CalibrationScreen');
const PersonFormScreen = lazyScreen(() => withScreenTexts(() => import('./screens/PersonFormScreen')), 'PersonFormScreen');
const PersonScreen = lazyScreen(() => withScreenTexts(() => import('./screens/PersonScreen')), 'PersonScreen');
const ReferentielScreen = lazyScreen(() => withScreenTexts(() => import('./screens/ReferentielScreen')), 'ReferentielScreen');
const PrintView = lazyScreen(() => withScreenTexts(() => import('./screens/print/PrintView')), 'PrintView');
const MeetingView = lazyScreen(() => withScreenTexts(() => import('./screens/meeting/MeetingView')), 'MeetingView');
const ReviewScreen = lazyScreen(() => withScreenTexts(() => import('./screens/review/ReviewScreen')), 'ReviewScreen');
const SettingsScreen = lazyScreen(() => withScreenTexts(() => import('./screens/SettingsScreen')), 'SettingsScreen');
const ProgressionScreen = lazyScreen(() => withScreenTexts(() => import('./screens/progression/ProgressionScreen')), 'default');

/** The lazy screens by route: the one the app opens on starts loading at once, the others when a link to them is pointed at or focused. */
const LAZY_SCREENS: Partial<Record<Route['screen'], { preload: () => Promise<void> }>> = {
  data: DataScreen,
  heatmap: HeatmapScreen,
  calibration: CalibrationScreen,
  'person-new': PersonFormScreen,
  'person-edit': PersonFormScreen,
  person: PersonScreen,
  referentiel: ReferentielScreen,
  print: PrintView,
  meeting: MeetingView,
  review: ReviewScreen,
  settings: SettingsScreen,
  progression: ProgressionScreen,
};
/**
 * Settles once the screen the app opens on has its code (at once for the team
 * screen, which is in the first script). Startup draws after it, so that this
 * screen is drawn straight away (see ./lazy-screen.tsx); a chunk that fails to
 * load here is asked for again when the screen is first drawn, as before.
 */
export const firstScreenReady: Promise<void> = (LAZY_SCREENS[parseRoute(window.location.hash).screen]?.preload() ?? Promise.resolve()).catch(() => undefined);

/**
 * A link to a screen not loaded yet, pointed at or focused, starts loading it:
 * the click that follows finds its code in and draws it at once, instead of
 * waiting for the chunk and then for React's 300 ms reveal throttle.
 */
function loadScreensOnIntent(): () => void {
  const warm = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
    const href = link?.getAttribute('href');
    if (href) void LAZY_SCREENS[parseRoute(href).screen]?.preload().catch(() => undefined);
  };
  document.addEventListener('pointerover', warm, { passive: true });
  document.addEventListener('focusin', warm);
  return () => {
    document.removeEventListener('pointerover', warm);
    document.removeEventListener('focusin', warm);
  };
}

const NAV_ITEMS = [
  { route: { screen: 'team' }, labelKey: 'nav.team' },
  { route: { screen: 'referentiel' }, labelKey: 'nav.referentiel' },
  { route: { screen: 'data' }, labelKey: 'nav.data' },
  { route: { screen: 'settings' }, labelKey: 'nav.settings' },
] as const satisfies readonly { route: Route; labelKey: string }[];

/**
 * Its children once the database is open (./data/database-open.ts); with
 * `always`, before too: startup may draw the team's kept first screenful
 * while IndexedDB opens, and nothing else. Its own component: the database
 * opening redraws it alone (the same children are not drawn again).
 */
function OnceOpen({ always = false, children }: { always?: boolean; children: ReactNode }) {
  const open = useDatabaseOpen();
  return open || always ? children : null;
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'team':
      return <TeamScreen />;
    case 'heatmap':
      return <HeatmapScreen />;
    case 'calibration':
      return <CalibrationScreen />;
    case 'progression':
      return <ProgressionScreen key={route.personId} personId={route.personId} />;
    case 'person-new':
      return <PersonFormScreen />;
    case 'person':
      return <PersonScreen key={route.personId} personId={route.personId} />;
    case 'person-edit':
      return <PersonFormScreen personId={route.personId} />;
    case 'review':
      return <ReviewScreen key={route.reviewId} reviewId={route.reviewId} />;
    case 'referentiel':
      return <ReferentielScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'data':
      return (
        <Suspense fallback={null}>
          <DataScreen />
        </Suspense>
      );
    case 'print':
    case 'meeting':
      return null;
  }
}

/**
 * Said when the browser may clear Jalon's data under storage pressure. Its own
 * component: the answer comes after the first screen is drawn, and redrawing
 * the whole app (the team table with it) for one line would delay that screen.
 */
function StorageNote() {
  const { t } = useTranslation();
  const persisted = useUiStore((state) => state.storagePersisted);
  if (persisted !== false) return null;
  return (
    <>
      <br />
      {t('app.storageNotPersisted')}
    </>
  );
}

/**
 * A screen opened from another starts at its top: `main` scrolls, and kept the place the last screen
 * was scrolled to. And when the focus went with the last screen (the link followed was in it), `main`
 * takes it, so that the keyboard goes on in the new screen instead of at the top of the window; a
 * screen that puts the focus somewhere itself keeps it. Done in the commit, where the new screen's
 * layout is due before its frame anyway; not at the first screen, whose first paint no forced
 * layout should delay.
 */
function useNewScreenStart(address: string) {
  const shown = useRef(address);
  useLayoutEffect(() => {
    if (shown.current === address) return;
    shown.current = address;
    const main = document.getElementById('main');
    if (!main) return;
    main.scrollTop = 0;
    if (document.activeElement === null || document.activeElement === document.body) main.focus({ preventScroll: true });
  }, [address]);
}

export function App() {
  const { t } = useTranslation();
  const route = useUiStore((state) => state.route);
  const navigate = useUiStore((state) => state.navigate);

  useEffect(followLocationHash, []);
  useEffect(loadScreensOnIntent, []);
  useNewScreenStart(formatRoute(route));

  // The print view is a document of its own: no navigation around it.
  if (route.screen === 'print') {
    return (
      <OnceOpen>
        <ScreenBoundary route={formatRoute(route)}>
          <Suspense fallback={null}>
            <PrintView key={route.reviewId} reviewId={route.reviewId} autoPrint={route.autoPrint} />
          </Suspense>
        </ScreenBoundary>
      </OnceOpen>
    );
  }

  // The meeting mode fills the window: nothing of the rest of the team on screen.
  if (route.screen === 'meeting') {
    return (
      <OnceOpen>
        <ScreenBoundary route={formatRoute(route)}>
          <Suspense fallback={null}>
            <MeetingView key={route.reviewId} reviewId={route.reviewId} />
          </Suspense>
        </ScreenBoundary>
      </OnceOpen>
    );
  }

  return (
    <div className="app-shell">
      <SkipLink to="main">{t('app.skipToContent')}</SkipLink>
      <aside className="sidebar">
        <div className="brand">
          <img src="/icon.svg" alt="" width={28} height={28} />
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <nav aria-label={t('app.mainNav')}>
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.route.screen}>
                <a
                  href={formatRoute(item.route)}
                  aria-current={sectionOf(route) === item.route.screen ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(item.route);
                  }}
                >
                  {t(item.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <CaptureButton />
        <p className="sidebar-footer">
          {platform.kind === 'desktop' ? t('app.desktopMode') : t('app.webMode')}
          <br />
          {t('app.dataStaysHere')}
          <StorageNote />
        </p>
      </aside>
      <main id="main" tabIndex={-1}>
        <UnreadableRowsNotice />
        <NoticeBanner />
        <ScreenBoundary route={formatRoute(route)}>
          <Suspense fallback={null}>
            <OnceOpen always={route.screen === 'team'}>
              <Screen route={route} />
            </OnceOpen>
          </Suspense>
        </ScreenBoundary>
      </main>
      <OnceOpen>
        <CaptureHost />
      </OnceOpen>
    </div>
  );
}
