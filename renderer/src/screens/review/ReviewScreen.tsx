import { FrameworkLanguageNote } from '../../components/FrameworkLanguageNote';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { NotFound } from '../../components/NotFound';
import { formatDateFr } from '../../../../shared/dates';
import { CURRENT_FRAMEWORK, isClassId } from '../../../../shared/framework';
import {
  gapOf,
  isLocked,
  readyCheck,
  splitProfile,
  type MissingItem,
  type Review,
} from '../../../../shared/reviews/review';
import { classLabel } from '../../components/class-label';
import { Link } from '../../components/Link';
import { usePerson } from '../../data/use-people';
import { useReviewEditor, type ReviewEditor } from '../../data/use-review-editor';
import { errorMessage } from '../../i18n/error-message';
import { SaveStateLine } from '../../components/SaveStateLine';
import { CompetencyCard, cardId, evidenceId, reasonId } from './CompetencyCard';
import { GapBadge } from './GapBadge';
import { NextObjectivesSection, ObjectivesSection, objectiveDescriptionId, objectiveResultName } from './ObjectivesSections';
import { EvaluatorSection, evaluatorNameId } from './EvaluatorSection';
import { noObjectivesReasonId } from './NoObjectivesReason';
import { OutcomeSection, justificationId } from './OutcomeSection';
import { WorkflowPanel } from './WorkflowPanel';
import { JournalNotesDialog } from './JournalNotesDialog';
import { noteCountsByCompetency } from '../../../../shared/journal/note';
import type { CompetencyId } from '../../../../shared/framework';
import { useNotesBetween, usePersonPlan } from '../../data/use-journal';
import { ReviewPlanSection } from './ReviewPlanSection';
import { planForReport } from '../../../../shared/plan/plan';
import { SkipLink } from '../../components/SkipLink';

export function ReviewScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const editor = useReviewEditor(reviewId);
  if (editor.review === undefined) return null;
  if (editor.review === null) {
    return <NotFound message={t('review.notFound')} back={t('common.back')} />;
  }
  return <ReviewEditorView review={editor.review} editor={editor} />;
}

function ReviewEditorView({ review, editor }: { review: Review; editor: ReviewEditor }) {
  const { t } = useTranslation();
  const person = usePerson(review.personId);
  const readOnly = isLocked(review.status) || editor.access !== 'owner';
  const { expected, optional } = splitProfile(review.profile);
  const missing = readyCheck(review);
  const { edit } = editor;
  const classText = classLabel(t, review.classId);
  // The journal of the cycle: a count on each competency, and the notes to insert as evidence (issue 16).
  const notes = useNotesBetween(review.personId, review.cycleStart, review.cycleEnd);
  const counts = useMemo(() => (notes ? noteCountsByCompetency(notes, { start: review.cycleStart, end: review.cycleEnd }) : null), [notes, review.cycleStart, review.cycleEnd]);
  const [notesFor, setNotesFor] = useState<CompetencyId | null>(null);
  const notesEntry = notesFor ? review.profile.find((entry) => entry.id === notesFor) : undefined;
  // The development plan followed in this cycle, beside the ratings; the one drawn from this review, in the planification.
  const plan = usePersonPlan(review.personId);
  const followedPlan = useMemo(() => (plan ? planForReport(review, plan).followed : []), [plan, review]);
  const planNotes = useMemo(() => {
    const notes: Partial<Record<CompetencyId, string>> = {};
    for (const action of followedPlan) {
      const text = t('plan.besideRating', { type: t(`plan.types.${action.type}`), status: t(`plan.statuses.${action.status}`) });
      notes[action.competencyId] = notes[action.competencyId] ? `${notes[action.competencyId]} ; ${text}` : text;
    }
    return notes;
  }, [followedPlan, t]);

  return (
    <div className="review-layout">
      <div className="review-main">
        <SkipLink to="review-side">{t('rating.skipToSide')}</SkipLink>
        <header className="screen-header">
          <p className="breadcrumb">
            <Link to={{ screen: 'team' }}>{t('nav.team')}</Link>
            {person && (
              <>
                {' › '}
                <Link to={{ screen: 'person', personId: person.id }}>{person.name}</Link>
              </>
            )}
          </p>
          <div className="title-row">
            <h1>{t('review.title', { name: person?.name ?? '…' })}</h1>
            <Link to={{ screen: 'meeting', reviewId: review.id }} className="button">
              {t('meeting.open')}
            </Link>
          </div>
          <p className="muted">
            {t('review.meta', {
              number: review.cycleIndex + 1,
              range: t('common.dateRange', { start: formatDateFr(review.cycleStart), end: formatDateFr(review.cycleEnd) }),
              classLabel: classText,
              version: review.frameworkVersion,
            })}
          </p>
          <FrameworkLanguageNote />
          {editor.access === 'elsewhere' && (
            <p className="banner warning" role="alert">
              {t('reviewAccess.elsewhere')}
            </p>
          )}
          {!isClassId(review.classId) && (
            <p className="banner warning" role="alert">
              {t('review.unknownClass', { classId: review.classId })}
            </p>
          )}
          {review.frameworkVersion !== CURRENT_FRAMEWORK.version && (
            <p className="banner">{t('review.frameworkChanged', { version: review.frameworkVersion })}</p>
          )}
        </header>

        <EvaluatorSection review={review} edit={edit} readOnly={readOnly} />

        <section aria-labelledby="bilan-heading">
          <h2 id="bilan-heading">{t('review.bilan')}</h2>
          <ObjectivesSection review={review} edit={edit} readOnly={readOnly} />

          <section className="card competencies" aria-labelledby="competencies-heading">
            <h3 id="competencies-heading">{t('review.competencies')}</h3>
            <p className="hint">{t('rating.keyboardHint')}</p>
            {expected.map((entry) => (
              <CompetencyCard key={entry.id} entry={entry} rating={review.ratings[entry.id]} edit={edit} readOnly={readOnly} noteCount={counts ? (counts[entry.id] ?? 0) : undefined} onShowNotes={setNotesFor} planNote={planNotes[entry.id]} />
            ))}
          </section>

          {optional.length > 0 && <OptionalCompetencies review={review} edit={edit} readOnly={readOnly} counts={counts} onShowNotes={setNotesFor} planNotes={planNotes} />}

          <OutcomeSection review={review} edit={edit} readOnly={readOnly} />
        </section>

        <section aria-labelledby="planification-heading">
          <h2 id="planification-heading">{t('review.planification')}</h2>
          <NextObjectivesSection review={review} edit={edit} readOnly={readOnly} />
          {plan && <ReviewPlanSection review={review} actions={plan} canEdit={editor.access === 'owner'} />}
        </section>
      </div>
      {notesEntry && notes && (
        <JournalNotesDialog review={review} entry={notesEntry} notes={notes} edit={edit} readOnly={readOnly} onClose={() => setNotesFor(null)} />
      )}
      <ReviewSidebar review={review} missing={missing} editor={editor} personName={person?.name ?? ''} />
    </div>
  );
}

/** Competencies outside the class's profile: folded away until one is rated or the manager asks for them. */
function OptionalCompetencies({ review, edit, readOnly, counts, onShowNotes, planNotes }: {
  review: Review;
  edit: ReviewEditor['edit'];
  readOnly: boolean;
  counts: Partial<Record<CompetencyId, number>> | null;
  onShowNotes: (id: CompetencyId) => void;
  planNotes: Partial<Record<CompetencyId, string>>;
}) {
  const { t } = useTranslation();
  const { optional } = splitProfile(review.profile);
  const anyRated = optional.some((entry) => review.ratings[entry.id]?.observed);
  const [open, setOpen] = useState(false);
  const shown = open || anyRated;
  return (
    <section className="card competencies" aria-labelledby="optional-heading">
      <div className="card-heading">
        <h3 id="optional-heading">{t('review.optionalCompetencies')}</h3>
        {!anyRated && (
          <button type="button" className="button small" aria-expanded={shown} aria-controls="optional-list" onClick={() => setOpen(!open)}>
            {shown ? t('optionalFold.hide') : t('optionalFold.show', { count: optional.length })}
          </button>
        )}
      </div>
      <div id="optional-list" hidden={!shown}>
        <p className="hint">{t('review.optionalHint', { classId: review.classId })}</p>
        {optional.map((entry) => (
          <CompetencyCard key={entry.id} entry={entry} rating={review.ratings[entry.id]} edit={edit} readOnly={readOnly} noteCount={counts ? (counts[entry.id] ?? 0) : undefined} onShowNotes={onShowNotes} planNote={planNotes[entry.id]} />
        ))}
      </div>
    </section>
  );
}

/** Where each missing item lives on the page. */
function targetOf(item: MissingItem, review: Review): string {
  switch (item.code) {
    case 'rating-missing':
      return cardId(item.competencyId);
    case 'reason-missing':
      return reasonId(item.competencyId);
    case 'evidence-missing':
      return evidenceId(item.competencyId);
    case 'objective-result-missing':
      return objectiveDescriptionId(item.objectiveId);
    case 'objective-description-missing':
      return objectiveDescriptionId(item.objectiveId);
    case 'justification-missing':
      return justificationId;
    case 'evaluator-missing':
      return evaluatorNameId;
    case 'no-objectives-reason-missing':
      return noObjectivesReasonId;
    default:
      return review.id;
  }
}

function ReviewSidebar({ review, missing, editor, personName }: { review: Review; missing: MissingItem[]; editor: ReviewEditor; personName: string }) {
  const { t } = useTranslation();
  // A message belongs to the status it was given for: « prête » no longer shows once finalised.
  const [message, setMessageFor] = useState<{ text: string; status: Review['status'] } | null>(null);
  const setMessage = (text: string | null) => setMessageFor(text === null ? null : { text, status: review.status });
  const nameOf = (id: string) => review.profile.find((entry) => entry.id === id)?.name ?? id;
  const objectiveNumber = (id: string) => review.objectives.findIndex((objective) => objective.id === id) + 1;
  const readOnly = isLocked(review.status) || editor.access !== 'owner';
  const owner = editor.access === 'owner';

  const describe = (item: MissingItem) => {
    if ('competencyId' in item) return t(`review.missing.${item.code}`, { name: nameOf(item.competencyId) });
    if ('objectiveId' in item) return t(`review.missing.${item.code}`, { number: objectiveNumber(item.objectiveId) });
    return t(`review.missing.${item.code}`);
  };

  const goTo = useCallback(
    (item: MissingItem) => {
      // A missing result goes to its group's first radio (react-aria gives the inputs no stable id).
      const element =
        (item.code === 'objective-result-missing' ? document.querySelector<HTMLInputElement>(`input[name="${objectiveResultName(item.objectiveId)}"]`) : null) ??
        document.getElementById(targetOf(item, review));
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    },
    [review],
  );

  async function setReady(ready: boolean) {
    const result = await editor.setReady(ready);
    if (result.ok) setMessageFor(result.value === 'prete' ? { text: t('review.ready'), status: result.value } : null);
    else setMessage(errorMessage(result.error));
  }

  return (
    <aside className="review-side" id="review-side" tabIndex={-1} aria-label={t('review.side')}>
      <SaveStateLine />
      <p>
        <span className={`status status-${review.status}`}>{t('review.status', { status: t(`reviewStatus.${review.status}`) })}</span>
      </p>
      <nav aria-label={t('review.competencyNav')}>
        <ul className="competency-nav">
          {review.profile
            .filter((entry) => entry.expectedLevel !== null || review.ratings[entry.id]?.observed)
            .map((entry) => {
              const observed = review.ratings[entry.id]?.observed ?? null;
              return (
                <li key={entry.id}>
                  <a href={`#${cardId(entry.id)}`} onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(cardId(entry.id))?.focus();
                  }}>
                    {entry.name}
                  </a>{' '}
                  <GapBadge short gap={gapOf(entry.expectedLevel, observed)} rated={observed !== null} notObserved={observed?.kind === 'not-observed'} />
                </li>
              );
            })}
        </ul>
      </nav>
      {!readOnly && (
      <section aria-labelledby="missing-heading" className="missing">
        <h2 id="missing-heading">{t('review.missingTitle', { count: missing.length })}</h2>
        {missing.length > 0 && (
          <ul>
            {missing.map((item, index) => (
              <li key={index}>
                <button type="button" className="link-button" onClick={() => goTo(item)}>
                  {describe(item)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      )}
      {owner && review.status === 'brouillon' && (
        <button type="button" className="button primary" onClick={() => void setReady(true)}>
          {t('review.markReady')}
        </button>
      )}
      {owner && review.status === 'prete' && (
        <button type="button" className="button" onClick={() => void setReady(false)}>
          {t('review.backToDraft')}
        </button>
      )}
      {message && message.status === review.status && (
        <p role="alert" className="hint">
          {message.text}
        </p>
      )}
      {owner && <WorkflowPanel review={review} personName={personName} runStep={editor.runStep} />}
    </aside>
  );
}
