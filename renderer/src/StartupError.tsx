import { useEffect } from 'react';
import { useTranslation } from './i18n';

/** Shown instead of the app when the database cannot be used: nothing was erased or replaced. */
export function StartupError({ message }: { message: string }) {
  const { t } = useTranslation();
  usePrintFailed();
  return (
    <main className="startup-error">
      <h1>Jalon</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('storage.reload')}
      </button>
    </main>
  );
}

/** While shown: a print view that will never be drawn (the desktop export's hidden window) says so at once (electron/pdf.ts). */
export function usePrintFailed(): void {
  useEffect(() => {
    document.documentElement.dataset['printReady'] = 'failed';
    return () => {
      delete document.documentElement.dataset['printReady'];
    };
  }, []);
}
