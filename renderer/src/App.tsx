import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation, withScreenTexts } from './i18n';
import { UnreadableRowsNotice } from './components/UnreadableRowsNotice';
import { platform } from './platform';
import { TeamScreen } from './screens/TeamScreen';
import { NoticeBanner } from './components/NoticeBanner';
import { CaptureButton, CaptureHost } from './screens/journal/CaptureHost';
import { followLocationHash, useUiStore } from './store';
import { formatRoute, parseRoute, sectionOf, type Route } from './store/routes';

/**
 * Startup needs the team screen only: every other screen (and what it alone
 * uses: backups, CSV, the chart library, the print view) is its own chunk,
 * loaded when first shown.
 */
function lazyScreen<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  // With the French texts startup did not load (../i18n/fr-screens.ts).
  const loadWithTexts = () => withScreenTexts(load);
  return Object.assign(
    lazy(async () => ({ default: (await loadWithTexts())[name] })),
    { preload: () => void loadWithTexts().catch(() => undefined) },
  );
}
const DataScreen = lazyScreen(() => import('./screens/DataScreen'), 'DataScreen');
const HeatmapScreen = lazyScreen(() => import('./screens/HeatmapScreen'), 'HeatmapScreen');
const CalibrationScreen = lazyScreen(() => import('./screens/CalibrationScreen'), 'CalibrationScreen');
const PersonFormScreen = lazyScreen(() => import('./screens/PersonFormScreen'), 'PersonFormScreen');
const PersonScreen = lazyScreen(() => import('./screens/PersonScreen'), 'PersonScreen');
const ReferentielScreen = lazyScreen(() => import('./screens/ReferentielScreen'), 'ReferentielScreen');
const PrintView = lazyScreen(() => import('./screens/print/PrintView'), 'PrintView');
const MeetingView = lazyScreen(() => import('./screens/meeting/MeetingView'), 'MeetingView');
const ReviewScreen = lazyScreen(() => import('./screens/review/ReviewScreen'), 'ReviewScreen');
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen'), 'SettingsScreen');
const ProgressionScreen = lazyScreen(() => import('./screens/progression/ProgressionScreen'), 'default');

/** The screen the app opens on starts loading at once, while the database opens (a print view opened directly, a reload). */
const FIRST_SCREEN: Partial<Record<Route['screen'], { preload: () => void }>> = {
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
FIRST_SCREEN[parseRoute(window.location.hash).screen]?.preload();

const NAV_ITEMS = [
  { route: { screen: 'team' }, labelKey: 'nav.team' },
  { route: { screen: 'referentiel' }, labelKey: 'nav.referentiel' },
  { route: { screen: 'data' }, labelKey: 'nav.data' },
  { route: { screen: 'settings' }, labelKey: 'nav.settings' },
] as const satisfies readonly { route: Route; labelKey: string }[];

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

export function App() {
  const { t } = useTranslation();
  const route = useUiStore((state) => state.route);
  const navigate = useUiStore((state) => state.navigate);
  const persisted = useUiStore((state) => state.storagePersisted);

  useEffect(followLocationHash, []);

  // The print view is a document of its own: no navigation around it.
  if (route.screen === 'print') {
    return (
      <Suspense fallback={null}>
        <PrintView key={route.reviewId} reviewId={route.reviewId} autoPrint={route.autoPrint} />
      </Suspense>
    );
  }

  // The meeting mode fills the window: nothing of the rest of the team on screen.
  if (route.screen === 'meeting') {
    return (
      <Suspense fallback={null}>
        <MeetingView key={route.reviewId} reviewId={route.reviewId} />
      </Suspense>
    );
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
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
          {persisted === false && (
            <>
              <br />
              {t('app.storageNotPersisted')}
            </>
          )}
        </p>
      </aside>
      <main id="main" tabIndex={-1}>
        <UnreadableRowsNotice />
        <NoticeBanner />
        <Suspense fallback={null}>
          <Screen route={route} />
        </Suspense>
      </main>
      <CaptureHost />
    </div>
  );
}
