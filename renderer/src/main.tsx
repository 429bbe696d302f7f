import './start-early';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n, interfaceLanguageReady, loadScreenTexts } from './i18n';
import { errorMessage } from './i18n/error-message';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/app.css';
import { afterNextPaint } from './after-next-paint';
import { App, firstScreenReady } from './App';
import { db } from './data/db';
import { openDatabase } from './data/open-database';
import { flushPendingWrites } from './data/pending-writes';
import { requestPersistentStorage } from './data/storage';
import { takeSealKeyFromDesktop } from './data/seal-key';
import { platform } from './platform';
import { StartupError } from './StartupError';
import { useUiStore } from './store';
import { parseRoute } from './store/routes';
import { checkFirstScreenAhead } from './data/team-first-screen';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

async function start(): Promise<void> {
  // Desktop: the seal key is the main process's, protected by safeStorage (../data/seal-key.ts).
  const desktopKey = platform.sealKeyBytes;
  if (desktopKey) takeSealKeyFromDesktop(desktopKey);
  const opening = openDatabase(db, {
    appVersion: import.meta.env['VITE_APP_VERSION'] ?? 'dev',
    keepSafetyBackup: (bytes, reason) => platform.keepSafetyBackup(bytes, reason),
    onVersionChange: () => render(<StartupError message={i18n.t('storage.versionChange')} />),
    onBlocked: () => render(<StartupError message={i18n.t('storage.blocked')} />),
  });
  // While IndexedDB opens (tens of milliseconds with nothing else to do here), the team's kept first screenful is read and checked.
  if (parseRoute(window.location.hash).screen === 'team') checkFirstScreenAhead();
  const opened = await opening;

  // A Dutch or English interface has its texts loaded before its first paint, and the first screen its code.
  await Promise.all([interfaceLanguageReady, firstScreenReady]);
  if (opened.ok) {
    platform.onBeforeClose(flushPendingWrites);
    render(<App />);
    // The rest of the French texts, once the first screen is painted (every later screen waits for them anyway).
    void afterNextPaint().then(() => loadScreenTexts().catch(() => undefined));
    void requestPersistentStorage().then((persisted) => useUiStore.getState().setStoragePersisted(persisted));
  } else {
    render(<StartupError message={errorMessage(opened.error)} />);
  }
}

void start();
