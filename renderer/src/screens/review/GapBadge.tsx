import { useTranslation } from '../../i18n';
import type { Gap } from '../../../../shared/reviews/review';

const SYMBOL = { below: '▼', met: '●', above: '▲' } as const;

/** The gap to the expected level, in words and with a symbol: colour is only a second cue. */
export function GapBadge({ gap, rated, notObserved, short = false }: { gap: Gap | null; rated: boolean; notObserved: boolean; short?: boolean }) {
  const { t } = useTranslation();
  if (notObserved) return <span className="gap-badge gap-none">{t('review.notObserved')}</span>;
  if (!rated) return <span className="gap-badge gap-none">{t('review.notRated')}</span>;
  if (!gap) return null;
  return (
    <span className={`gap-badge gap-${gap.kind}`} data-gap={gap.kind}>
      <span aria-hidden="true">{SYMBOL[gap.kind]} </span>
      {short
        ? `${t(`review.gapShort.${gap.kind}`)}${gap.delta === 0 ? '' : ` (${gap.delta > 0 ? '+' : '−'}${Math.abs(gap.delta)})`}`
        : gap.kind === 'met'
        ? t('review.gap.met')
        : t(`review.gap.${gap.kind}`, { delta: gap.kind === 'below' ? `−${Math.abs(gap.delta)}` : gap.delta })}
    </span>
  );
}
