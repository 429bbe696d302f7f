import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './App';
import { requestPersistentStorage } from './data/storage';
import { useUiStore } from './store';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void requestPersistentStorage().then((persisted) => useUiStore.getState().setStoragePersisted(persisted));
