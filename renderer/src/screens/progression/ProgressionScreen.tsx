import type { TFunction } from '../../i18n';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { NotFound } from '../../components/NotFound';
import { formatDateFr, todayIso } from '../../../../shared/dates';
import { CURRENT_FRAMEWORK } from '../../../../shared/framework';
import { compareReviews, cycleResults, progression, type CycleResult, type ProgressionPoint } from '../../../../shared/progression';
import type { Review } from '../../../../shared/reviews/review';
import { InsufficientRecord } from '../person/InsufficientRecord';
import { outsideHistory, personMentions } from '../../../../shared/people/outside';
import { interviewHistory } from '../../../../shared/people/interim';
import { InterviewTitle } from '../person/InterimSections';
import type { Person } from '../../../../shared/people/person';
import { Link } from '../../components/Link';
import { usePerson, usePersonReviews } from '../../data/use-people';
import { ProgressionChart } from './ProgressionChart';
import { SmallMultiples } from './SmallMultiples';

function pointText(point: ProgressionPoint, t: TFunction): string {
  const observed = point.notObserved ? t('progression.notObserved') : point.observed === null ? t('progression.notRated') : String(point.observed);
  const expected = point.expected === null ? t('progression.outside') : String(point.expected);
  return t('progression.cell', { observed, expected });
}

/** A person's competencies over the years, as a chart and as a table, with two reviews side by side. */
export default function ProgressionScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const reviews = usePersonReviews(personId);
  const lines = useMemo(() => progression(reviews ?? []), [reviews]);
  const [competencyId, setCompetencyId] = useState<string>(CURRENT_FRAMEWORK.competencies[0]!.id);
  const [today] = useState(todayIso);
  // The chart and the table are drawn in the first frame; the small multiples, the results per cycle and
  // the comparison in the next (a transition React may interrupt), so that the screen answers the click at once.
  const complete = useDeferredValue(true, false);
  if (person === undefined || reviews === undefined) return null;
  if (person === null) {
    return <NotFound message={t('person.notFound')} back={t('common.back')} />;
  }
  const line = lines.find((candidate) => candidate.id === competencyId) ?? lines[0]!;
  const versions = [...new Set(reviews.map((review) => review.frameworkVersion))].filter((version) => version !== CURRENT_FRAMEWORK.version);
  const ordered = [...reviews].sort((a, b) => a.cycleStart.localeCompare(b.cycleStart));

  return (
    <div className="screen wide">
      <header className="screen-header">
        <p className="breadcrumb">
          <Link to={{ screen: 'team' }}>{t('nav.team')}</Link>
          {' › '}
          <Link to={{ screen: 'person', personId }}>{person.name}</Link>
        </p>
        <h1>{t('progression.title', { name: person.name })}</h1>
        <p className="muted">{t('progression.intro')}</p>
      </header>
      {person.archived && <p className="banner">{t('progression.archived')}</p>}
      {versions.length > 0 && <p className="banner">{t('progression.olderFramework', { versions: versions.join(', ') })}</p>}
      <InsufficientRecord reviews={reviews} outside={personMentions(person)} employment={person.employment} today={today} />
      <OutsideProgression person={person} />
      <InterimProgression person={person} />

      {reviews.length === 0 ? (
        <p className="card">{t('progression.noReview')}</p>
      ) : (
        <>
          {reviews.length === 1 && <p className="banner">{t('progression.oneReview')}</p>}
          <section className="card" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{line.name}</h2>
            <div className="field">
              <label htmlFor="progression-competency" className="field-label">
                {t('progression.competency')}
              </label>
              <select id="progression-competency" className="input narrow-input" value={line.id} onChange={(event) => setCompetencyId(event.target.value)}>
                {lines.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <ProgressionChart line={line} />
          </section>

          {complete && <SmallMultiples lines={lines} selected={line.id} onSelect={setCompetencyId} />}

          {complete && <CycleResultsTable results={cycleResults(reviews)} />}

          {/* Not a landmark itself: the scrolling table inside is the region of that name. */}
          <section className="card">
            <h2 id="table-heading">{t('progression.tableTitle')}</h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('progression.tableTitle')}>
              <table className="data-table progression-table">
                <thead>
                  <tr>
                    <th scope="col">{t('print.colCompetency')}</th>
                    {ordered.map((review) => (
                      <th key={review.id} scope="col">
                        {t('progression.cycleHeader', { number: review.cycleIndex + 1, year: review.cycleEnd.slice(0, 4), classId: review.classId })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lines.map((competency) => (
                    <tr key={competency.id} data-competency={competency.id}>
                      <th scope="row">{competency.name}</th>
                      {competency.points.map((point) => (
                        <td key={point.reviewId} className={point.expected !== null && point.observed !== null && point.observed < point.expected ? 'heat-below' : undefined}>
                          {pointText(point, t)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {complete && ordered.length >= 2 && <Comparison reviews={ordered} />}
        </>
      )}
    </div>
  );
}

function Comparison({ reviews }: { reviews: Review[] }) {
  const { t } = useTranslation();
  const [firstId, setFirstId] = useState(reviews.at(-2)!.id);
  const [secondId, setSecondId] = useState(reviews.at(-1)!.id);
  const first = reviews.find((review) => review.id === firstId) ?? reviews.at(-2)!;
  const second = reviews.find((review) => review.id === secondId) ?? reviews.at(-1)!;
  const lines = compareReviews(first, second);
  const option = (review: Review) => (
    <option key={review.id} value={review.id}>
      {t('progression.cycleOption', { number: review.cycleIndex + 1, range: t('common.dateRange', { start: formatDateFr(review.cycleStart), end: formatDateFr(review.cycleEnd) }) })}
    </option>
  );
  return (
    <section className="card" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('progression.compare')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="compare-first" className="field-label">
            {t('progression.first')}
          </label>
          <select id="compare-first" className="input" value={first.id} onChange={(event) => setFirstId(event.target.value)}>
            {reviews.map(option)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-second" className="field-label">
            {t('progression.second')}
          </label>
          <select id="compare-second" className="input" value={second.id} onChange={(event) => setSecondId(event.target.value)}>
            {reviews.map(option)}
          </select>
        </div>
      </div>
      {lines.length === 0 ? (
        <p>{t('progression.compareNothing')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('print.colCompetency')}</th>
              <th scope="col">{t('progression.first')}</th>
              <th scope="col">{t('progression.second')}</th>
              <th scope="col">{t('print.colGap')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.name}</th>
                <td>{line.first ?? '—'}</td>
                <td>{line.second ?? '—'}</td>
                <td className={`change-${line.change}`}>{t(`progression.change.${line.change}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Cycles evaluated outside Jalon: a date and a mention, no levels per competency to draw. */
function OutsideProgression({ person }: { person: Person }) {
  const { t } = useTranslation();
  const history = outsideHistory(person);
  if (history.length === 0) return null;
  return (
    <section className="card" aria-labelledby="outside-progression-heading">
      <h2 id="outside-progression-heading">{t('adoption.progression')}</h2>
      <ul>
        {history.map((entry) => (
          <li key={entry.id}>
            {t('common.dateRange', { start: formatDateFr(entry.cycle.start), end: formatDateFr(entry.cycle.end) })}
            {' : '}
            {t('adoption.inCycles', { date: formatDateFr(entry.date), mention: t(`adoption.mentions.${entry.mention}`) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Interviews and remediation periods, in date order, beside the reviews. */
function InterimProgression({ person }: { person: Person }) {
  const { t } = useTranslation();
  const interviews = interviewHistory(person);
  const remediations = [...(person.remediations ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  if (interviews.length === 0 && remediations.length === 0) return null;
  return (
    <section className="card" aria-labelledby="interim-progression-heading">
      <h2 id="interim-progression-heading">{t('interim.progression')}</h2>
      <ul>
        {interviews.map((interview) => (
          <li key={interview.id}>
            <InterviewTitle interview={interview} />
            {interview.objectives.length > 0 && ` — ${t('interim.objectivesList', { list: interview.objectives.map((objective) => objective.description).join('\u00a0; ') })}`}
          </li>
        ))}
        {remediations.map((remediation) => (
          <li key={remediation.id}>
            {t('remediation.summary', { start: formatDateFr(remediation.start), end: formatDateFr(remediation.end) })}
            {' — '}
            {remediation.followUp
              ? t('remediation.followUpDone', { date: formatDateFr(remediation.followUp.date), result: t(`remediation.result.${remediation.followUp.result}`) })
              : t('remediation.followUpNone')}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Per cycle: the class, the objectives met and the mention (a draft's marked as not final). */
function CycleResultsTable({ results }: { results: CycleResult[] }) {
  const { t } = useTranslation();
  const mention = (result: CycleResult) => {
    const text = result.outcome === 'insuffisant' ? t('progressionResults.mentionInsufficient') : t('progressionResults.mentionNone');
    return result.final ? text : t('progressionResults.draft', { mention: text });
  };
  return (
    <section className="card" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('progressionResults.heading')}</h2>
      <table className="data-table compact-table" aria-labelledby="results-heading">
        <thead>
          <tr>
            <th scope="col">{t('progressionResults.colCycle')}</th>
            <th scope="col">{t('progressionResults.colClass')}</th>
            <th scope="col">{t('progressionResults.colObjectives')}</th>
            <th scope="col">{t('progressionResults.colMention')}</th>
            <th scope="col">{t('progressionResults.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.reviewId} data-cycle={result.cycleIndex}>
              <th scope="row">{t('progression.cycleHeader', { number: result.cycleIndex + 1, year: result.cycleEnd.slice(0, 4), classId: result.classId })}</th>
              <td>{result.classId}</td>
              <td>
                {result.objectives.total === 0
                  ? t('progressionResults.noObjectives')
                  : t('progressionResults.objectives', { met: result.objectives.met, total: result.objectives.total })}
              </td>
              <td className={result.outcome === 'insuffisant' ? 'heat-below' : undefined}>{mention(result)}</td>
              <td>{t(`reviewStatus.${result.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
