import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { daysBetween, formatDateFr, type IsoDate } from '../../../../shared/dates';
import type { Person } from '../../../../shared/people/person';
import { personOverview, type PastRatingLine, type PersonOverview as Overview } from '../../../../shared/person-overview';
import type { Review } from '../../../../shared/reviews/review';
import { Link } from '../../components/Link';
import { openReview } from '../../data/actions';
import { errorMessage } from '../../i18n/error-message';
import { useUiStore } from '../../store';
import { GapBadge } from '../review/GapBadge';

/**
 * What the manager reads before the cycle meeting (journey 2): the next step
 * for the cycle being reviewed, the expected profile of the current class
 * beside last year's review, and the objectives this cycle is judged on.
 */
export function PersonOverview({ person, reviews, today }: { person: Person; reviews: readonly Review[]; today: IsoDate }) {
  const overview = personOverview(person, reviews, today);
  return (
    <>
      <NextStep person={person} overview={overview} today={today} />
      <ProfileAndLastReview overview={overview} />
      <CycleObjectives overview={overview} />
    </>
  );
}

function NextStep({ person, overview, today }: { person: Person; overview: Overview; today: IsoDate }) {
  const { t } = useTranslation();
  const navigate = useUiStore((state) => state.navigate);
  const [error, setError] = useState<string | null>(null);
  const number = overview.cycle.index + 1;
  const days = daysBetween(today, overview.cycle.end);
  const when = days >= 0 ? t('dashboard.cycleEndsIn', { count: days }) : t('dashboard.cycleEndedAgo', { count: -days });

  async function start() {
    const result = await openReview(person.id, overview.cycle.index);
    if (result.ok) navigate({ screen: 'review', reviewId: result.value });
    else setError(errorMessage(result.error));
  }

  return (
    <section className="card next-step" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{t('personOverview.nextHeading')}</h2>
      <p>
        {t('personOverview.cycleLine', {
          number,
          range: t('common.dateRange', { start: formatDateFr(overview.cycle.start), end: formatDateFr(overview.cycle.end) }),
          status: t(`teamStatus.${overview.status}`),
          when,
        })}
      </p>
      <p>
        <strong>{t(`personOverview.next.${overview.next}`)}</strong>
      </p>
      {!person.archived && (
        <p className="actions">
          {overview.currentReviewId ? (
            <>
              <Link to={{ screen: 'review', reviewId: overview.currentReviewId }} className="button primary">
                {t('personOverview.openCurrent', { number })}
              </Link>
              <Link to={{ screen: 'meeting', reviewId: overview.currentReviewId }} className="button">
                {t('personOverview.meetingCurrent')}
              </Link>
            </>
          ) : (
            <button type="button" className="button primary" onClick={() => void start()}>
              {t('personOverview.startCurrent', { number })}
            </button>
          )}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

type ObservedWords = { notObserved: string; notRated: string; below: string; outside: string };

function observedText(line: PastRatingLine, words: ObservedWords): string {
  if (line.notObserved) return words.notObserved;
  if (line.observed === null) return words.notRated;
  const observed = line.observed === 0 ? words.below : String(line.observed);
  return `${observed} / ${line.expected ?? words.outside}`;
}

function ProfileAndLastReview({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const last = overview.lastReview;
  if (!overview.classId || overview.profile.length === 0) {
    return (
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('personOverview.profileHeading')}</h2>
        <p>{t('personOverview.noClass')}</p>
      </section>
    );
  }
  const lineOf = (id: string) => last?.lines.find((line) => line.id === id);
  const words: ObservedWords = {
    notObserved: t('personOverview.notObserved'),
    notRated: t('personOverview.notRated'),
    below: t('rating.scaleBelow'),
    outside: t('personOverview.outside'),
  };
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('personOverview.profileHeading')}</h2>
      <div className="person-overview">
        <table className="data-table compact-table">
          <caption className="visually-hidden">
            {last ? t('personOverview.profileCaption', { classId: overview.classId }) : t('personOverview.profileCaptionAlone', { classId: overview.classId })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('personOverview.colCompetency')}</th>
              <th scope="col">{t('personOverview.colExpectedNow', { classId: overview.classId })}</th>
              {last && (
                <>
                  <th scope="col">{t('personOverview.colLast', { number: last.cycleIndex + 1, classId: last.classId })}</th>
                  <th scope="col">{t('personOverview.colGap')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {overview.profile.map((entry) => {
              const line = lineOf(entry.id);
              return (
                <tr key={entry.id} data-competency={entry.id}>
                  <th scope="row">
                    {entry.distinctive && entry.expectedLevel !== null && (
                      <span className="distinctive-mark" title={t('review.distinctive')}>
                        ✦<span className="visually-hidden"> ({t('personOverview.distinctive')})</span>{' '}
                      </span>
                    )}
                    {entry.name}
                  </th>
                  <td>{entry.expectedLevel ?? t('personOverview.outside')}</td>
                  {last && (
                    <>
                      <td>{line ? observedText(line, words) : t('personOverview.outside')}</td>
                      <td>{line && (line.observed !== null || line.notObserved) ? <GapBadge short gap={line.gap} rated notObserved={line.notObserved} /> : '—'}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        <div aria-labelledby="last-review-heading" role="group">
          <h3 id="last-review-heading">{t('personOverview.lastHeading')}</h3>
          {last ? (
            <>
              <p>
                {t('personOverview.lastSummary', {
                  number: last.cycleIndex + 1,
                  range: t('common.dateRange', { start: formatDateFr(last.cycleStart), end: formatDateFr(last.cycleEnd) }),
                  classId: last.classId,
                  status: t(`reviewStatus.${last.status}`),
                })}
              </p>
              <p>
                {t('personOverview.mention', {
                  mention: last.outcome === 'insuffisant' ? t('personOverview.mentionInsufficient') : t('personOverview.mentionNone'),
                })}
              </p>
              <p>{last.objectives.total === 0 ? t('personOverview.noObjectives') : t('personOverview.objectivesMet', last.objectives)}</p>
              <p>{t('personOverview.below', { count: last.belowCount })}</p>
              <p>
                <Link to={{ screen: 'review', reviewId: last.reviewId }}>{t('personOverview.openLast', { number: last.cycleIndex + 1 })}</Link>
              </p>
            </>
          ) : (
            <p>{t('personOverview.lastNone')}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function CycleObjectives({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const number = overview.cycle.index + 1;
  return (
    <section className="card" aria-labelledby="cycle-objectives-heading">
      <h2 id="cycle-objectives-heading">{t('personOverview.objectivesHeading', { number })}</h2>
      {overview.objectivesFrom === 'none' ? (
        <p>{t('personOverview.objectivesNone')}</p>
      ) : (
        <>
          <p className="hint">
            {overview.objectivesFrom === 'bilan' ? t('personOverview.objectivesFromBilan') : t('personOverview.objectivesFromPlanned', { number: number - 1 })}
          </p>
          <ol className="objective-digest">
            {overview.objectives.map((objective) => (
              <li key={objective.id}>
                {objective.description}{' '}
                <span className="muted">
                  (
                  {objective.result === 'planned'
                    ? t('personOverview.resultPlanned')
                    : objective.result === null
                      ? t('personOverview.resultUnjudged')
                      : t(`review.result.${objective.result}`)}
                  )
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
