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
import { holdDatabaseUntilOpen } from './data/database-open';
import { keptScreenFor } from './screens/TeamScreen';
import { todayIso } from '../../shared/dates';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

/** An open of the database longer than this shows the team's kept first screenful while it goes on. */
const LONG_OPEN_MS = 200;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  // A Dutch or English interface has its texts loaded before its first paint, and the first screen its code.
  const ready = Promise.all([interfaceLanguageReady, firstScreenReady]);
  const drawApp = () => {
    render(<App />);
    // The rest of the French texts, once the first screen is painted (every later screen waits for them anyway).
    void afterNextPaint().then(() => loadScreenTexts().catch(() => undefined));
    void requestPersistentStorage().then((persisted) => useUiStore.getState().setStoragePersisted(persisted));
  };
  // With the team's first screenful kept today (same order, no filter set) and an open that takes long (a safety
  // copy before an upgrade, the seal log's completion, a busy disk), the screenful is drawn meanwhile; until the
  // database is open, it is held closed to the app (./data/database-open.ts). A usual open is shorter: the
  // database first, then the screen (drawing while the browser opens the database was measured slower on 2 cores).
  const release = parseRoute(window.location.hash).screen === 'team' && keptScreenFor(todayIso()) !== null ? holdDatabaseUntilOpen() : null;
  let drawn = false;
  if (release && (await Promise.race([opening.then(() => false), delay(LONG_OPEN_MS).then(() => true)]))) {
    await ready;
    drawApp();
    drawn = true;
  }
  const opened = await opening;
  if (opened.ok) {
    platform.onBeforeClose(flushPendingWrites);
    release?.();
    if (!drawn) {
      await ready;
      drawApp();
    }
  } else {
    await ready;
    render(<StartupError message={errorMessage(opened.error)} />);
  }
}

void start();
