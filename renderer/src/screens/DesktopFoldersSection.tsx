import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { AppFolder } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import { errorMessage } from '../i18n/error-message';

/** Données, desktop only: open Jalon's data folder or its safety copies in the file manager. */
export function DesktopFoldersSection({ openFolder }: { openFolder: (folder: AppFolder) => Promise<Result<null>> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  async function open(folder: AppFolder) {
    setError(null);
    const opened = await openFolder(folder);
    if (!opened.ok) setError(t('desktopFolders.failed', { reason: errorMessage(opened.error) }));
  }
  return (
    <section className="card" aria-labelledby="desktop-folders-heading">
      <h2 id="desktop-folders-heading">{t('desktopFolders.title')}</h2>
      <p className="hint">{t('desktopFolders.intro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void open('data')}>
          {t('desktopFolders.openData')}
        </button>{' '}
        <button type="button" className="button" onClick={() => void open('safety')}>
          {t('desktopFolders.openSafety')}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
