import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from '../../i18n';
import { setEvidence, setNotObservedReason, setObserved, updateObjective } from '../../../../shared/reviews/edits';
import { meetingSteps, ratingForKey, type MeetingStep } from '../../../../shared/reviews/meeting';
import {
  gapOf,
  isLocked,
  OBJECTIVE_RESULTS,
  readyCheck,
  type ObservedRating,
  type ProfileSnapshotEntry,
  type Review,
} from '../../../../shared/reviews/review';
import { Link } from '../../components/Link';
import { NotFound } from '../../components/NotFound';
import { focusSoon } from '../../components/focus-soon';
import { usePerson } from '../../data/use-people';
import { useReviewEditor, type ReviewEditor } from '../../data/use-review-editor';
import { SaveStateLine } from '../../components/SaveStateLine';
import { GapBadge } from '../review/GapBadge';

const STEP_HEADING_ID = 'meeting-step-heading';
const meetingEvidenceId = 'meeting-evidence';
const meetingReasonId = 'meeting-reason';

/** Where a key press comes from: typing in a field keeps its keys. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'radio';
}

/**
 * The review as the employee sees it across the table: large type, one
 * competency (or section) at a time, nobody else's data, and the keyboard to
 * move on. Ratings and evidence are written as on the review page.
 */
export function MeetingView({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const editor = useReviewEditor(reviewId);
  useEffect(() => {
    const previous = document.title;
    document.title = t('meeting.documentTitle');
    return () => {
      document.title = previous;
    };
  }, [t]);
  if (editor.review === undefined) return null;
  if (editor.review === null) return <NotFound message={t('review.notFound')} back={t('common.back')} />;
  return <Meeting review={editor.review} editor={editor} />;
}

function Meeting({ review, editor }: { review: Review; editor: ReviewEditor }) {
  const { t } = useTranslation();
  const person = usePerson(review.personId);
  const steps = meetingSteps(review);
  const [index, setIndex] = useState(0);
  const stepIndex = Math.min(index, steps.length - 1);
  const step = steps[stepIndex]!;
  const readOnly = isLocked(review.status) || editor.access !== 'owner';
  const first = useRef(true);

  // A new screen: its heading takes focus, so a screen reader reads where one is.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(STEP_HEADING_ID)?.focus();
  }, [stepIndex]);

  const go = (next: number) => setIndex(Math.max(0, Math.min(steps.length - 1, next)));

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'PageDown' || (event.key === 'ArrowRight' && !isTyping(event.target))) {
      event.preventDefault();
      go(stepIndex + 1);
      return;
    }
    if (event.key === 'PageUp' || (event.key === 'ArrowLeft' && !isTyping(event.target))) {
      event.preventDefault();
      go(stepIndex - 1);
      return;
    }
    if (isTyping(event.target) || readOnly || step.kind !== 'competency') return;
    const entry = review.profile.find((candidate) => candidate.id === step.id);
    if (!entry) return;
    if (event.key === 'e' || event.key === 'E') {
      event.preventDefault();
      document.getElementById(meetingEvidenceId)?.focus();
      return;
    }
    const rating = ratingForKey(event.key, entry);
    if (rating) {
      event.preventDefault();
      editor.edit((current) => setObserved(current, entry.id, rating), { immediate: true });
      if (rating.kind === 'not-observed') focusSoon(meetingReasonId);
    }
  }

  const number = stepIndex + 1;
  return (
    <div className="meeting" onKeyDown={onKeyDown}>
      <header className="meeting-header">
        <div>
          <p className="meeting-title">{t('meeting.title', { name: person?.name ?? '…', number: review.cycleIndex + 1 })}</p>
          <p className="meeting-progress" aria-live="polite">
            {t('meeting.progress', { number, total: steps.length })}
          </p>
        </div>
        <SaveStateLine />
        <Link to={{ screen: 'review', reviewId: review.id }} className="button">
          {t('meeting.leave')}
        </Link>
      </header>
      <main className="meeting-stage" aria-labelledby={STEP_HEADING_ID}>
        {readOnly && (
          <p className="banner" role="status">
            {editor.access === 'elsewhere' ? t('reviewAccess.elsewhere') : t('meeting.locked')}
          </p>
        )}
        <StepView step={step} review={review} edit={editor.edit} readOnly={readOnly} />
      </main>
      <nav className="meeting-nav" aria-label={t('meeting.nav')}>
        <button type="button" className="button" disabled={stepIndex === 0} onClick={() => go(stepIndex - 1)}>
          ← {t('meeting.previous')}
        </button>
        <p className="hint">{t('meeting.keys')}</p>
        <button type="button" className="button primary" disabled={stepIndex === steps.length - 1} onClick={() => go(stepIndex + 1)}>
          {t('meeting.next')} →
        </button>
      </nav>
    </div>
  );
}

type StepProps = { step: MeetingStep; review: Review; edit: ReviewEditor['edit']; readOnly: boolean };

function StepView({ step, review, edit, readOnly }: StepProps) {
  switch (step.kind) {
    case 'objectives':
      return <ObjectivesStep review={review} edit={edit} readOnly={readOnly} />;
    case 'summary':
      return <SummaryStep review={review} />;
    case 'competency': {
      const entry = review.profile.find((candidate) => candidate.id === step.id);
      return entry ? <CompetencyStep key={entry.id} entry={entry} review={review} edit={edit} readOnly={readOnly} /> : null;
    }
  }
}

function ObjectivesStep({ review, edit, readOnly }: Omit<StepProps, 'step'>) {
  const { t } = useTranslation();
  return (
    <section>
      <h1 id={STEP_HEADING_ID} tabIndex={-1}>
        {t('meeting.objectivesHeading')}
      </h1>
      {review.objectives.length === 0 ? (
        <p>{t('meeting.noObjectives')}</p>
      ) : (
        <ol className="meeting-objectives">
          {review.objectives.map((objective, index) => (
            <li key={objective.id}>
              <p className="meeting-objective">{objective.description || t('meeting.noDescription')}</p>
              <RadioGroup
                className="meeting-choices"
                orientation="horizontal"
                aria-label={t('review.objectiveResult', { number: index + 1 })}
                value={objective.result}
                isDisabled={readOnly}
                onChange={(value) => {
                  const result = OBJECTIVE_RESULTS.find((candidate) => candidate === value);
                  if (result) edit((current) => updateObjective(current, objective.id, { result }), { immediate: true });
                }}
              >
                {OBJECTIVE_RESULTS.map((result) => (
                  <Radio key={result} value={result} className="meeting-choice">
                    {t(`review.result.${result}`)}
                  </Radio>
                ))}
              </RadioGroup>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CompetencyStep({ entry, review, edit, readOnly }: Omit<StepProps, 'step'> & { entry: ProfileSnapshotEntry }) {
  const { t } = useTranslation();
  const rating = review.ratings[entry.id];
  const observed = rating?.observed ?? null;
  const gap = gapOf(entry.expectedLevel, observed);
  const value = !observed ? null : observed.kind === 'level' ? String(observed.level) : observed.kind;
  const options: { value: string; label: string; rating: ObservedRating }[] = [
    { value: 'not-observed', label: t('review.notObserved'), rating: { kind: 'not-observed', reason: '' } },
    { value: 'below', label: t('review.below'), rating: { kind: 'below' } },
    ...entry.levelTitles.map((title, index) => ({
      value: String(index + 1),
      label: t('review.level', { level: index + 1, title }),
      rating: { kind: 'level', level: index + 1 } as ObservedRating,
    })),
  ];
  const expectedValue = entry.expectedLevel === null ? null : String(entry.expectedLevel);
  return (
    <section>
      <h1 id={STEP_HEADING_ID} tabIndex={-1}>
        {entry.distinctive && (
          <span className="distinctive-mark" title={t('review.distinctive')}>
            ✦<span className="visually-hidden"> ({t('review.distinctive')})</span>{' '}
          </span>
        )}
        {entry.name}
      </h1>
      <p className="meeting-expected">
        {entry.expectedLevel === null
          ? t('review.notExpected')
          : t('meeting.expected', { level: entry.expectedLevel, title: entry.levelTitles[entry.expectedLevel - 1] ?? '' })}
      </p>
      <RadioGroup
        className="meeting-levels"
        aria-label={t('rating.observedOf', { name: entry.name })}
        value={value}
        isDisabled={readOnly}
        onChange={(next) => {
          const option = options.find((candidate) => candidate.value === next);
          if (option && next !== value) edit((current) => setObserved(current, entry.id, option.rating), { immediate: true });
        }}
      >
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className={option.value === expectedValue ? 'meeting-level is-expected' : 'meeting-level'}>
            {option.label}
            {option.value === expectedValue && <span className="expected-tag"> ({t('rating.expectedMark')})</span>}
          </Radio>
        ))}
      </RadioGroup>
      <p className="meeting-gap">
        <GapBadge gap={gap} rated={observed !== null} notObserved={observed?.kind === 'not-observed'} />
      </p>
      {observed?.kind === 'not-observed' && (
        <div className="field">
          <label htmlFor={meetingReasonId} className="field-label">
            {t('review.reason')}
          </label>
          <input
            id={meetingReasonId}
            className="input"
            type="text"
            value={observed.reason}
            readOnly={readOnly}
            onChange={(event) => edit((current) => setNotObservedReason(current, entry.id, event.target.value))}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={meetingEvidenceId} className="field-label">
          {t('review.evidence')}
          {gap !== null && gap.kind !== 'met' && <span className="hint"> – {t('rating.evidenceRequired')}</span>}
        </label>
        <textarea
          id={meetingEvidenceId}
          className="input meeting-evidence"
          rows={4}
          value={rating?.evidence ?? ''}
          readOnly={readOnly}
          onChange={(event) => edit((current) => setEvidence(current, entry.id, event.target.value))}
        />
      </div>
    </section>
  );
}

function SummaryStep({ review }: { review: Review }) {
  const { t } = useTranslation();
  const missing = readyCheck(review);
  const shown = review.profile.filter((entry) => entry.expectedLevel !== null || review.ratings[entry.id]?.observed);
  return (
    <section>
      <h1 id={STEP_HEADING_ID} tabIndex={-1}>
        {t('meeting.summaryHeading')}
      </h1>
      <ul className="meeting-summary">
        {shown.map((entry) => {
          const observed = review.ratings[entry.id]?.observed ?? null;
          return (
            <li key={entry.id}>
              <span>{entry.name}</span> <GapBadge short gap={gapOf(entry.expectedLevel, observed)} rated={observed !== null} notObserved={observed?.kind === 'not-observed'} />
            </li>
          );
        })}
      </ul>
      <p>{missing.length === 0 ? t('meeting.nothingMissing') : t('meeting.missing', { count: missing.length })}</p>
    </section>
  );
}
