import { useTranslation } from '../../i18n';
import { outcomeHints, type Review } from '../../../../shared/reviews/review';

/** The rule's hints: which grounds for « insuffisant » the data shows, and what it cannot show yet. */
export function OutcomeHints({ review }: { review: Pick<Review, 'profile' | 'ratings' | 'objectives'> }) {
  const { t } = useTranslation();
  const hints = outcomeHints(review);
  const pending = hints.objectivesTotal - hints.objectivesJudged;
  const below = hints.competenciesBelow
    .map((entry) => t('legal.hints.belowEntry', { name: entry.name, distinctive: entry.distinctive ? t('legal.hints.distinctive') : '', observed: entry.observed, expected: entry.expected }))
    .join(', ');
  return (
    <div className="hints" role="note" aria-label={t('review.hints')}>
      <p className="field-label">{t('review.hints')}</p>
      <ul>
        {hints.objectivesGround === 'no-objectives' ? (
          <li>{t('legal.hints.noObjectives')}</li>
        ) : (
          <>
            <li>{t('legal.hints.objectives', { met: hints.objectivesMet, count: hints.objectivesTotal })}</li>
            {pending > 0 && <li>{t('legal.hints.pending', { count: pending })}</li>}
            <li>
              {hints.objectivesGround === 'fewer-than-half' && <>⚠ {t('legal.hints.fewerThanHalf')}</>}
              {hints.objectivesGround === 'half-or-more' && t('legal.hints.halfOrMore')}
              {hints.objectivesGround === 'undetermined' && t('legal.hints.undetermined')}
            </li>
          </>
        )}
        {hints.competenciesBelow.length > 0 ? (
          <li>⚠ {t('legal.hints.below', { count: hints.competenciesBelow.length, names: below })}</li>
        ) : (
          <li>{t('legal.hints.noneBelow')}</li>
        )}
        {hints.competenciesUnrated > 0 && <li>{t('legal.hints.unrated', { count: hints.competenciesUnrated })}</li>}
        {hints.noGround && <li>{t('legal.hints.noGround')}</li>}
      </ul>
    </div>
  );
}
