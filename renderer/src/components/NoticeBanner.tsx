import { useTranslation } from '../i18n';
import { useUiStore } from '../store';

/** The message left by the last action (e.g. « Les données de … ont été supprimées. »), on the screen it belongs to. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useUiStore((state) => state.notice);
  const screen = useUiStore((state) => state.route.screen);
  const setNotice = useUiStore((state) => state.setNotice);
  if (!notice || notice.screen !== screen) return null;
  return (
    <div className="banner notice" role="status">
      <span>{notice.text}</span>
      <button type="button" className="button small" onClick={() => setNotice(null)}>
        {t('uiKit.dismiss')}
      </button>
    </div>
  );
}
