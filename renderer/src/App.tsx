import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UnreadableRowsNotice } from './components/UnreadableRowsNotice';
import { platform } from './platform';
import { HeatmapScreen } from './screens/HeatmapScreen';
import { PersonFormScreen } from './screens/PersonFormScreen';
import { PersonScreen } from './screens/PersonScreen';
import { ReferentielScreen } from './screens/ReferentielScreen';
import { PrintView } from './screens/print/PrintView';
import { ReviewScreen } from './screens/review/ReviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { TeamScreen } from './screens/TeamScreen';
import { followLocationHash, useUiStore } from './store';
import { formatRoute, sectionOf, type Route } from './store/routes';

// The chart library loads only with the progression screen.
const ProgressionScreen = lazy(() => import('./screens/progression/ProgressionScreen'));
// Backups and CSV import (zod, dexie-export-import, papaparse) load only with the Données screen.
const DataScreen = lazy(() => import('./screens/DataScreen').then((module) => ({ default: module.DataScreen })));

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
    case 'progression':
      return (
        <Suspense fallback={null}>
          <ProgressionScreen key={route.personId} personId={route.personId} />
        </Suspense>
      );
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
  if (route.screen === 'print') return <PrintView key={route.reviewId} reviewId={route.reviewId} autoPrint={route.autoPrint} />;

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
        <Screen route={route} />
      </main>
    </div>
  );
}
