import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from './platform';
import { ReferentielScreen } from './screens/ReferentielScreen';
import { followLocationHash, useUiStore } from './store';
import type { Route } from './store/routes';

const NAV_ITEMS: { route: Route; labelKey: 'nav.referentiel' }[] = [{ route: { screen: 'referentiel' }, labelKey: 'nav.referentiel' }];

export function App() {
  const { t } = useTranslation();
  const route = useUiStore((state) => state.route);
  const navigate = useUiStore((state) => state.navigate);

  useEffect(followLocationHash, []);

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
                  href={`#/${item.route.screen}`}
                  aria-current={route.screen === item.route.screen ? 'page' : undefined}
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
        </p>
      </aside>
      <main id="main" tabIndex={-1}>
        {route.screen === 'referentiel' && <ReferentielScreen />}
      </main>
    </div>
  );
}
