import { useState } from 'react';
import { useTranslation } from '../../i18n';
import type { FrameworkPack, PackError } from '../../../../shared/framework/pack';
import { CURRENT_FRAMEWORK } from '../../../../shared/framework';
import { builtInTextSets, type FrameworkTextSet } from '../../../../shared/framework/texts';
import { formatDate } from '../../../../shared/locale';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { importPack, removePack, usePacks } from '../../data/framework-packs-repo';
import { platform } from '../../platform';

/** The framework's texts per language: what ships with Jalon, and the packs HR imported (import, remove). */
export function FrameworkPacksSection() {
  const { t, i18n } = useTranslation();
  const packs = usePacks();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [removing, setRemoving] = useState<FrameworkPack | null>(null);
  const language = i18n.language;

  const entry = (set: FrameworkTextSet) =>
    t('packs.entry', {
      language: t(`language.names.${set.language}`),
      source: set.source,
      version: set.version,
      count: Object.keys(set.texts).length,
      status: t(`frameworkText.status.${set.status}`),
    });
  const reason = (error: PackError) => t(`packs.errors.${error.code}`, { key: error.key ?? '', path: error.path ?? '', found: error.found ?? '', expected: error.expected ?? '' });

  async function choose() {
    setMessage(null);
    const chosen = await platform.openFile({ filters: [{ name: 'JSON', extensions: ['json'] }] });
    if (!chosen.ok) return setMessage({ text: t('packs.refused', { reason: t(chosen.error.code === 'file-too-large' ? 'packs.errors.too-large' : 'packs.errors.not-json') }), error: true });
    const opened = chosen.value;
    if (!opened) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes);
    } catch {
      return setMessage({ text: t('packs.refused', { reason: t('packs.errors.not-json') }), error: true });
    }
    const result = await importPack(text);
    setMessage(
      result.ok
        ? { text: t('packs.done', { source: result.value.source, version: result.value.version, count: Object.keys(result.value.texts).length }), error: false }
        : { text: t('packs.refused', { reason: reason(result.error) }), error: true },
    );
  }

  return (
    <section className="card form" aria-labelledby="settings-packs">
      <h2 id="settings-packs">{t('packs.heading')}</h2>
      <p className="hint">{t('packs.intro')}</p>
      <h3>{t('packs.builtIn')}</h3>
      <ul className="pack-list">
        {builtInTextSets(CURRENT_FRAMEWORK).map((set) => (
          <li key={set.id}>{entry(set)}</li>
        ))}
      </ul>
      <h3>{t('packs.imported')}</h3>
      {packs && packs.length === 0 && <p>{t('packs.none')}</p>}
      {packs && packs.length > 0 && (
        <ul className="pack-list" aria-label={t('packs.imported')}>
          {packs.map((pack) => (
            <li key={pack.id}>
              {entry(pack)}, {t('packs.importedOn', { date: formatDate(pack.importedAt.slice(0, 10), language) })}{' '}
              <button type="button" className="button small" aria-label={t('packs.removeLabel', { source: pack.source, version: pack.version })} onClick={() => setRemoving(pack)}>
                {t('packs.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" className="button" onClick={() => void choose()}>
          {t('packs.import')}
        </button>
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={t('packs.removeTitle', { source: removing.source, version: removing.version })}
          confirmLabel={t('packs.remove')}
          danger
          onConfirm={async () => {
            await removePack(removing.id);
            setMessage({ text: t('packs.removed', { source: removing.source, version: removing.version }), error: false });
          }}
          onClose={() => setRemoving(null)}
        >
          <p>{t('packs.removeText', { count: Object.keys(removing.texts).length })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
