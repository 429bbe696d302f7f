import { useTranslation } from './i18n';

/** Shown instead of the app when the database cannot be used: nothing was erased or replaced. */
export function StartupError({ message }: { message: string }) {
  const { t } = useTranslation();
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
