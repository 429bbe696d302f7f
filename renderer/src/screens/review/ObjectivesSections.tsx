import { memo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { formatDateFr, parseDateInput } from '../../../../shared/dates';
import {
  addNextObjective,
  addObjective,
  removeNextObjective,
  removeObjective,
  updateNextObjective,
  updateObjective,
} from '../../../../shared/reviews/edits';
import { MAX_PLANNED_OBJECTIVES, OBJECTIVE_RESULTS, type Review } from '../../../../shared/reviews/review';
import { TextField } from '../../components/fields';
import { RadioGroupField } from '../../components/RadioGroupField';
import { focusSoon } from '../../components/focus-soon';
import { newId } from '../../data/ids';
import type { ReviewEditor } from '../../data/use-review-editor';
import { NoObjectivesReason } from './NoObjectivesReason';
import { sameButRatings } from './same-review';

export const objectiveDescriptionId = (id: string) => `objective-${id}`;
export const objectiveResultName = (id: string) => `objective-result-${id}`;
export const nextObjectiveDescriptionId = (id: string) => `next-objective-${id}`;

type SectionProps = { review: Review; edit: ReviewEditor['edit']; readOnly: boolean };

/** The bilan's objectives: description, result, comment. */
export const ObjectivesSection = memo(function ObjectivesSection({ review, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const [folded, setFolded] = useState(false);
  const count = review.objectives.length;
  return (
    <section className="card" aria-labelledby="objectives-heading">
      <div className="card-heading">
        <h3 id="objectives-heading">{t('review.objectives')}</h3>
        <FoldButton count={count} folded={folded} controls="objectives-list" onToggle={() => setFolded(!folded)} />
      </div>
      {count === 0 && <p className="muted">{t('review.objectivesEmpty')}</p>}
      <NoObjectivesReason review={review} edit={edit} readOnly={readOnly} />
      <ol className="objectives" id="objectives-list" hidden={folded}>
        {review.objectives.map((objective, index) => {
          const number = index + 1;
          return (
            <li key={objective.id} className="objective">
              <TextField
                readOnly={readOnly}
                label={t('review.objectiveDescription', { number })}
                inputId={objectiveDescriptionId(objective.id)}
                value={objective.description}
                multiline
                rows={2}
                onChange={(description) => edit((current) => updateObjective(current, objective.id, { description }))}
              />
              <RadioGroupField
                label={t('review.objectiveResult', { number })}
                name={objectiveResultName(objective.id)}
                isDisabled={readOnly}
                value={objective.result ?? null}
                choices={OBJECTIVE_RESULTS.map((result) => ({ value: result, label: t(`review.result.${result}`) }))}
                onChange={(result) => edit((current) => updateObjective(current, objective.id, { result }), { immediate: true })}
              />
              <TextField
                readOnly={readOnly}
                label={t('review.objectiveComment', { number })}
                value={objective.comment}
                multiline
                rows={2}
                onChange={(comment) => edit((current) => updateObjective(current, objective.id, { comment }))}
              />
              {!readOnly && (
                <button type="button" className="button small" onClick={() => edit((current) => removeObjective(current, objective.id), { immediate: true })}>
                  {t('review.removeObjective', { number })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="button"
          onClick={() => {
            const id = newId();
            setFolded(false);
            edit((current) => addObjective(current, id), { immediate: true });
            focusSoon(objectiveDescriptionId(id));
          }}
        >
          {t('review.addObjective')}
        </button>
      )}
    </section>
  );
}, sameButRatings);

/** The planification: the next cycle's objectives, with a warning past ten. */
export const NextObjectivesSection = memo(function NextObjectivesSection({ review, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const count = review.nextObjectives.length;
  const [folded, setFolded] = useState(false);
  return (
    <section className="card" aria-labelledby="next-objectives-heading">
      <div className="card-heading">
        <h3 id="next-objectives-heading">{t('review.nextObjectives')}</h3>
        <FoldButton count={count} folded={folded} controls="next-objectives-list" onToggle={() => setFolded(!folded)} />
      </div>
      {count === 0 && <p className="muted">{t('review.nextObjectivesEmpty')}</p>}
      {count > MAX_PLANNED_OBJECTIVES && (
        <p className="banner warning" role="status">
          {t('review.tooManyObjectives', { count })}
        </p>
      )}
      <ol className="objectives" id="next-objectives-list" hidden={folded}>
        {review.nextObjectives.map((objective, index) => {
          const number = index + 1;
          return (
            <li key={objective.id} className="objective">
              <TextField
                readOnly={readOnly}
                label={t('review.nextDescription', { number })}
                inputId={nextObjectiveDescriptionId(objective.id)}
                value={objective.description}
                multiline
                rows={2}
                onChange={(description) => edit((current) => updateNextObjective(current, objective.id, { description }))}
              />
              <div className="field-row">
                <TextField
                  readOnly={readOnly}
                  label={t('review.nextIndicator', { number })}
                  value={objective.indicator}
                  onChange={(indicator) => edit((current) => updateNextObjective(current, objective.id, { indicator }))}
                />
                <DueDateField
                  readOnly={readOnly}
                  label={t('review.nextDueDate', { number })}
                  value={objective.dueDate}
                  onChange={(dueDate) => edit((current) => updateNextObjective(current, objective.id, { dueDate }))}
                />
              </div>
              {!readOnly && (
                <button type="button" className="button small" onClick={() => edit((current) => removeNextObjective(current, objective.id), { immediate: true })}>
                  {t('review.removeObjective', { number })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="button"
          onClick={() => {
            const id = newId();
            setFolded(false);
            edit((current) => addNextObjective(current, id), { immediate: true });
            focusSoon(nextObjectiveDescriptionId(id));
          }}
        >
          {t('review.addObjective')}
        </button>
      )}
    </section>
  );
}, sameButRatings);

/** Folds a list of objectives away, saying how many there are while folded. */
function FoldButton({ count, folded, controls, onToggle }: { count: number; folded: boolean; controls: string; onToggle: () => void }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <button type="button" className="link-button" aria-expanded={!folded} aria-controls={controls} onClick={onToggle}>
      {folded ? t('rating.unfoldObjectives', { count }) : t('rating.foldObjectives')}
    </button>
  );
}

/** A due date typed as jj/mm/aaaa; stored once it is a real date, refused with a message otherwise. */
function DueDateField({ label, value, onChange, readOnly }: { label: string; value: string; onChange: (iso: string) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDateFr(value) : '');
  const parsed = parseDateInput(text);
  const invalid = text.trim() !== '' && parsed === null;
  return (
    <TextField
      readOnly={readOnly}
      label={label}
      value={text}
      hint={t('common.dateHint')}
      error={invalid ? t('validation.invalid-date') : undefined}
      maxLength={20}
      onChange={(next) => {
        setText(next);
        const iso = parseDateInput(next);
        if (iso !== null || next.trim() === '') onChange(iso ?? '');
      }}
    />
  );
}
